/**
 * The QEMU lab (docs/lab.md): real live migrations of a small guest between two QEMU processes on 127.0.0.1, driven over QMP,
 * recorded, and compared with vmmig's prediction for the same inputs.
 */
package org.vmmig.lab;

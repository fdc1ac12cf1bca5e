/**
 * Generate Runbook: writes what carries out each scenario's plan on a target (libvirt, Ansible, KubeVirt, Nova)
 * beside the model, through the generator bundle, as a background job.
 */
package org.vmmig.dsl.ui.runbook;

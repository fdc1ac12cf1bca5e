/**
 * Calibration from real migrations: reading QEMU's query-migrate and libvirt's job-info replies
 * ({@link org.vmmig.engine.calibration.MeasurementReader}), comparing them with predictions and fitting the environment's figures
 * ({@link org.vmmig.engine.calibration.Calibrator}). Formats in docs/calibration-formats.md.
 */
package org.vmmig.engine.calibration;

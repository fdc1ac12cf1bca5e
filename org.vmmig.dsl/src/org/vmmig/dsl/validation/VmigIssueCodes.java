package org.vmmig.dsl.validation;

/** Every issue code of the .vmig language, in one place: quick fixes and tests refer to these. */
public final class VmigIssueCodes {

	private static final String PREFIX = "org.vmmig.dsl.";

	public static final String DUPLICATE_NAME = PREFIX + "duplicateName";
	public static final String ABOVE_ZONE_TRUST = PREFIX + "aboveZoneTrust";
	public static final String BAD_TRACE = PREFIX + "badTrace";
	public static final String BAD_IMPORT = PREFIX + "badImport";
	/** On an {@code import}: the imported file, or one it imports in turn, has errors. */
	public static final String IMPORTED_FILE_HAS_ERRORS = PREFIX + "importedFileHasErrors";
	public static final String UNKNOWN_UNIT = PREFIX + "unknownUnit";
	public static final String WRONG_DIMENSION = PREFIX + "wrongDimension";
	public static final String MISSING_PROPERTY = PREFIX + "missingProperty";
	/** A value an import could not tell, written as {@code unknown}; the issue's data is the property's keyword. */
	public static final String PLACEHOLDER = PREFIX + "placeholder";
	public static final String OUT_OF_RANGE = PREFIX + "outOfRange";
	public static final String INEFFECTIVE_SETTING = PREFIX + "ineffectiveSetting";
	public static final String VM_TOO_LARGE = PREFIX + "vmTooLarge";
	public static final String HOST_OVERCOMMITTED = PREFIX + "hostOvercommitted";
	/** The VM disks in a storage pool exceed its capacity. */
	public static final String POOL_OVERCOMMITTED = PREFIX + "poolOvercommitted";
	public static final String NOT_CONVERGING = PREFIX + "notConverging";
	public static final String DEADLINE_MISSED = PREFIX + "deadlineMissed";
	public static final String EVACUATION_INFEASIBLE = PREFIX + "evacuationInfeasible";
	/** A migration's pause is longer than its VM's {@code sla { max-downtime }}. */
	public static final String SLA_DOWNTIME_BREACHED = PREFIX + "slaDowntimeBreached";
	/** A migration degrades its VM more than {@code sla { max-degradation }}. */
	public static final String SLA_DEGRADATION_BREACHED = PREFIX + "slaDegradationBreached";
	/** A VM arrives after its {@code sla { deadline }}. */
	public static final String SLA_DEADLINE_BREACHED = PREFIX + "slaDeadlineBreached";

	/** A migration breaks access control: a zone transition not allowed, or a zone trusted less than the VM's level. */
	public static final String ACCESS_CONTROL_NOT_MET = PREFIX + "accessControlNotMet";
	/** A migration the model requires to be mutually authenticated is not ({@code mutual-authentication}). */
	public static final String MUTUAL_AUTHENTICATION_NOT_MET = PREFIX + "mutualAuthenticationNotMet";
	/** A migration the model requires to be accountable leaves no audit trail ({@code audit-trail}). */
	public static final String NON_REPUDIATION_NOT_MET = PREFIX + "nonRepudiationNotMet";
	/** Memory the model requires to be confidential crosses an untrusted path unencrypted. */
	public static final String CONFIDENTIALITY_IN_TRANSIT_NOT_MET = PREFIX + "confidentialityInTransitNotMet";
	/** A migration leaves memory or disk of a VM the model requires to be confidential at the source. */
	public static final String CONFIDENTIALITY_AT_SOURCE_NOT_MET = PREFIX + "confidentialityAtSourceNotMet";
	/** A migration can lose or alter a VM the model requires to be safe (post-copy risk window, disk left behind). */
	public static final String INTEGRITY_AVAILABILITY_NOT_MET = PREFIX + "integrityAvailabilityNotMet";

	/** A {@code vm ... on} names a counted host ({@code host g4 count 400}): which of its hosts is not said. */
	public static final String ON_COUNTED_HOST = PREFIX + "onCountedHost";
	/** {@code interleave-with} names itself or a host that itself interleaves with another. */
	public static final String BAD_INTERLEAVE = PREFIX + "badInterleave";
	/** A {@code vms ... from traces} group without VM types ({@code types []} or none). */
	public static final String NO_VM_TYPES = PREFIX + "noVmTypes";

	/** Information on a sweep: how many runs it means. */
	public static final String SWEEP_SIZE = PREFIX + "sweepSize";
	/** A sweep of more runs than a front end accepts. */
	public static final String SWEEP_TOO_LARGE = PREFIX + "sweepTooLarge";
	/** A varied knob with no value (an empty range). */
	public static final String EMPTY_SWEEP_VALUES = PREFIX + "emptySweepValues";
	/** A sweep varies the same knob on two lines. */
	public static final String KNOB_VARIED_TWICE = PREFIX + "knobVariedTwice";
	/** A distribution no value can be drawn from (negative spread, min above max, negative values). */
	public static final String BAD_DISTRIBUTION = PREFIX + "badDistribution";
	/** A sweep's objective, constraint or Pareto front names a metric the scenario does not measure. */
	public static final String UNKNOWN_METRIC = PREFIX + "unknownMetric";

	private VmigIssueCodes() {
	}
}

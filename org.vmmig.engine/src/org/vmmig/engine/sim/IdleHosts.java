package org.vmmig.engine.sim;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which hosts of a simulation are blank — no VM, nothing reserved, 0 % CPU at their last update — grouped by
 * kind (same cores, memory, NIC and power model), as bit sets over the host indices.
 *
 * <p>Why: the placement search ({@link Reallocation#findHost}) looks at every host for every VM it places,
 * CloudSim's O(VMs × hosts) per step; on the PlanetLab day most of the 800 hosts are switched off and empty at
 * any time. Blank hosts of one kind are alike in everything the search reads (fit, utilisation before and after,
 * power), so each gets the same cost, and as the search keeps the first of equal costs, only the first blank
 * host of each kind that is not excluded can win. The search visits the busy hosts and those, in index order:
 * the same host wins as when it visits all of them. For the same reason the overload detector is asked about one
 * blank host of each kind per step ({@link Reallocation}), and the passes that update every host at an event skip
 * the hosts asleep ({@link #asleep}).
 */
final class IdleHosts {

	/**
	 * What a blank host's cost in the placement search depends on, apart from the VM placed. A list rather than a
	 * record: a record's equals and hashCode are linked at their first use, a measurable part of a short run.
	 */
	private static List<Object> kind(SimHost h) {
		return List.of(h.peMips(), h.pes(), h.memoryBytes(), h.nicBytesPerSecond(), h.power());
	}

	private final int hostCount, words;
	/** Hosts that are not blank. */
	private final long[] busy;
	/** Hosts that are not asleep ({@link #asleep}). */
	private final long[] awake;
	/** Per kind, its blank hosts. */
	private final long[][] blankByKind;
	private final int[] kindOf;
	/** {@link #busyHosts}, or null until asked for since the last change. */
	private int[] busyList;

	IdleHosts(SimHost[] hosts) {
		hostCount = hosts.length;
		words = (hosts.length + 63) >>> 6;
		busy = new long[words];
		awake = new long[words]; // every host starts asleep
		kindOf = new int[hosts.length];
		Map<List<Object>, Integer> kinds = new HashMap<>();
		for (int i = 0; i < hosts.length; i++) {
			Integer kind = kinds.putIfAbsent(kind(hosts[i]), kinds.size());
			kindOf[i] = kind != null ? kind : kinds.size() - 1;
		}
		blankByKind = new long[kinds.size()][words];
		for (int i = 0; i < hosts.length; i++) {
			blankByKind[kindOf[i]][i >>> 6] |= 1L << i; // every host starts blank
		}
	}

	/** How many kinds of host there are; {@link #kindOf} numbers them from 0. */
	int kinds() {
		return blankByKind.length;
	}

	/** The host's kind: blank hosts of one kind look alike to a placement search and to an overload detector. */
	int kindOf(int host) {
		return kindOf[host];
	}

	/** A set of host indices of the right size for {@link #candidates}, empty. */
	long[] emptySet() {
		return new long[words];
	}

	/** A set as {@link #emptySet}, of every host. */
	long[] allSet() {
		long[] set = new long[words];
		Arrays.fill(set, -1L);
		if ((hostCount & 63) != 0) {
			set[words - 1] = -1L >>> -hostCount; // the last word's bits past the last host left out
		}
		return set;
	}

	/** The blank host of this kind with the lowest index, or −1 when none is blank. */
	int firstBlank(int kind) {
		long[] blank = blankByKind[kind];
		for (int w = 0; w < words; w++) {
			if (blank[w] != 0) {
				return (w << 6) + lowestBit(blank[w]);
			}
		}
		return -1;
	}

	void blank(int host, boolean blank) {
		long bit = 1L << host;
		int w = host >>> 6;
		busyList = null;
		if (blank) {
			busy[w] &= ~bit;
			blankByKind[kindOf[host]][w] |= bit;
		} else {
			busy[w] |= bit;
			blankByKind[kindOf[host]][w] &= ~bit;
		}
	}

	/**
	 * A host is asleep while it is blank and its last update booked it as not active ({@link HostRuntime}): an update
	 * would then change nothing that is read before the host is changed again, so the passes that update every host
	 * at an event visit only the others ({@link #awake}).
	 */
	void asleep(int host, boolean asleep) {
		long bit = 1L << host;
		int w = host >>> 6;
		if (asleep) {
			awake[w] &= ~bit;
		} else {
			awake[w] |= bit;
		}
	}

	/**
	 * The hosts that are not asleep, as a bit set in index order; the caller only reads it. A pass may iterate it
	 * word by word while it updates the hosts: an update changes only the host's own bit.
	 */
	long[] awake() {
		return awake;
	}

	/**
	 * The hosts that are not blank now, their indices in increasing order; the caller only reads it. What a pass
	 * over every host does for the others (count or sum the hosts that are on, look at their VMs), it does over
	 * these: a blank host has no VM, and is off under either rule (no VM, 0 % CPU). On the PlanetLab day 100–200 of
	 * the 800 hosts are busy. Made again only after a host became blank or busy.
	 */
	int[] busyHosts() {
		if (busyList == null) {
			int count = 0;
			for (long word : busy) {
				count += Long.bitCount(word);
			}
			int[] list = new int[count];
			int at = 0;
			for (int w = 0; w < words; w++) {
				for (long bits = busy[w]; bits != 0; bits &= bits - 1) {
					list[at++] = (w << 6) + lowestBit(bits);
				}
			}
			busyList = list;
		}
		return busyList;
	}

	/**
	 * The hosts a placement search needs to look at, not counting {@code excluded}: every busy host, and per kind
	 * the first blank one. Written into {@code into} (a set from {@link #emptySet}), which is returned.
	 */
	long[] candidates(long[] excluded, long[] into) {
		for (int w = 0; w < words; w++) {
			into[w] = busy[w] & ~excluded[w];
		}
		for (long[] blank : blankByKind) {
			for (int w = 0; w < words; w++) {
				long free = blank[w] & ~excluded[w];
				if (free != 0) {
					into[w] |= Long.lowestOneBit(free);
					break;
				}
			}
		}
		return into;
	}

	/** The indices in {@code a} or {@code b} (each in increasing order), once each, in increasing order. */
	static int[] union(int[] a, int[] b) {
		int[] union = new int[a.length + b.length];
		int count = 0;
		for (int i = 0, j = 0; i < a.length || j < b.length;) {
			if (j == b.length || i < a.length && a[i] < b[j]) {
				union[count++] = a[i++];
			} else {
				if (i < a.length && a[i] == b[j]) {
					i++;
				}
				union[count++] = b[j++];
			}
		}
		return Arrays.copyOf(union, count);
	}

	/**
	 * The index of the lowest bit set in {@code bits} (not 0), as Long.numberOfTrailingZeros, which the JIT's first
	 * tier calls rather than inlines (2.5 % of a policy-day in that tier): the lowest bit alone times a de Bruijn
	 * sequence has a different 6-bit number in its top bits for each of the 64 positions (Leiserson, Prokop and
	 * Randall, "Using de Bruijn Sequences to Index a 1 in a Computer Word", 1998).
	 */
	static int lowestBit(long bits) {
		return LOWEST_BIT[(int) ((bits & -bits) * DE_BRUIJN >>> 58)];
	}

	private static final long DE_BRUIJN = 0x03f79d71b4ca8b09L;
	private static final byte[] LOWEST_BIT = new byte[64];
	static {
		for (int i = 0; i < 64; i++) {
			LOWEST_BIT[(int) ((1L << i) * DE_BRUIJN >>> 58)] = (byte) i;
		}
	}

	static boolean contains(long[] set, int host) {
		return (set[host >>> 6] & 1L << host) != 0;
	}

	static void add(long[] set, int host) {
		set[host >>> 6] |= 1L << host;
	}

	static void remove(long[] set, int host) {
		set[host >>> 6] &= ~(1L << host);
	}
}

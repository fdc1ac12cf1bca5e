package org.vmmig.engine.cost;

import java.util.BitSet;

/**
 * An independent, page-by-page imitation of QEMU 7.2's pre-copy loop, to check the engine's fluid model of
 * it (PreCopyRounds) against: a bitmap of pending pages, all set at the start; a scan that sends pending
 * pages in address order at the capped bandwidth, {@value #WINDOW} s worth per rate-limit window
 * (BUFFER_DELAY in migration/migration.c); after each window, when the pending memory is below
 * threshold = bandwidth × downtime-limit, a dirty-bitmap sync that adds every page the guest wrote since
 * the last one (ram_save_pending in migration/ram.c), and the stop when what is pending still fits
 * (migration_iteration_run). The guest rewrites its working set in a sweep at a steady rate, as the lab's
 * guest program does (lab/guest/dirtier.c). Pages carry QEMU's 8-byte header; no zero pages, no device
 * state, no switchover cost.
 */
final class QemuLoopReference {

	static final int PAGE = 4096;
	static final double WIRE_PAGE = PAGE + 8;
	static final double WINDOW = 0.1;

	/** What QEMU's final query-migrate would say, in bytes and seconds. */
	record Result(int syncs, double seconds, double wireBytes, double finalCopyBytes, boolean converged) {
	}

	private QemuLoopReference() {
	}

	/**
	 * @param workingSetOffset the working set's first page (QEMU's scan meets it at that point of each pass)
	 * @param maxSyncs         stop-and-copy forced once this many syncs followed the first (the lab's round cap)
	 */
	static Result run(double memoryBytes, double workingSetBytes, int workingSetOffset, double dirtyBytesPerSecond,
			double bandwidth, double downtimeLimit, int maxSyncs) {
		int pages = (int) (memoryBytes / PAGE);
		int setPages = (int) (workingSetBytes / PAGE);
		BitSet pending = new BitSet(pages);
		pending.set(0, pages);
		BitSet written = new BitSet(pages);
		double thresholdPages = bandwidth * downtimeLimit / PAGE;
		int perWindow = (int) Math.round(bandwidth * WINDOW / WIRE_PAGE);
		double secondsPerPage = WIRE_PAGE / bandwidth;
		double owed = 0;
		int guestCursor = 0;
		int scan = 0;
		int syncs = 1;
		double time = 0;
		double wire = 0;
		while (true) {
			if (pending.cardinality() < thresholdPages) {
				pending.or(written);
				written.clear();
				syncs++;
				boolean fits = pending.cardinality() < thresholdPages;
				if (fits || syncs - 1 >= maxSyncs) {
					double last = pending.cardinality() * WIRE_PAGE;
					return new Result(syncs, time, wire + last, last, fits);
				}
			}
			int sent = 0;
			while (sent < perWindow && !pending.isEmpty()) {
				int next = pending.nextSetBit(scan);
				if (next < 0) {
					next = pending.nextSetBit(0);
				}
				pending.clear(next);
				scan = next + 1;
				sent++;
				// the guest keeps writing while the page is on the wire
				owed += secondsPerPage * dirtyBytesPerSecond / PAGE;
				while (owed >= 1 && setPages > 0) {
					written.set(workingSetOffset + guestCursor);
					guestCursor = (guestCursor + 1) % setPages;
					owed -= 1;
				}
			}
			time += sent * secondsPerPage;
			wire += sent * WIRE_PAGE;
		}
	}
}

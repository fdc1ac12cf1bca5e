package org.vmmig.engine.cost;

import org.vmmig.engine.model.MigrationPath;
import org.vmmig.engine.model.VmProfile;

/**
 * Post-copy (Hines and Gopalan, VEE 2009; QEMU postcopy-ram): the guest is paused only while its CPU and
 * device state cross the link, resumes at the destination, and memory follows by a background push.
 * A page the guest touches before it arrives faults and is fetched at the cost of a round trip plus its
 * transfer. First-order estimate: the guest touches its writable working set uniformly during the push,
 * so on average half of those pages are still missing when touched.
 */
final class PostCopy {

	record Result(double downtime, double pushSeconds, double wireBytes, double faults, double faultSeconds,
			double cpuCoreSeconds) {
	}

	private PostCopy() {
	}

	/**
	 * @param remainingMemory memory still at the source when the guest resumes at the destination
	 * @param wire            what it takes on the wire (never-sent pages with their zero pages, re-sent ones)
	 */
	static Result run(VmProfile vm, MigrationPath path, WireModel transfer, double remainingMemory, double wire) {
		double deviceState = vm.deviceStateBytes();
		// the device state goes during the switchover, which no rate limit slows (WireModel.switchoverSeconds)
		double downtime = transfer.switchoverSeconds(deviceState, deviceState) + path.rttSeconds();
		double push = transfer.seconds(remainingMemory, wire);
		double faults = Math.min(vm.writableWorkingSetBytes(), remainingMemory) / WireModel.PAGE / 2;
		double perFault = path.rttSeconds() + WireModel.PAGE / transfer.wireBandwidth();
		return new Result(downtime, push, wire + deviceState, faults, faults * perFault,
				transfer.cpuCoreSeconds(remainingMemory, wire));
	}
}

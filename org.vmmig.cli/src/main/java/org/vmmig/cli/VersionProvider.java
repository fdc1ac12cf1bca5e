package org.vmmig.cli;

import picocli.CommandLine.IVersionProvider;

/** The version recorded in the CLI jar's manifest at build time. */
public final class VersionProvider implements IVersionProvider {

	@Override
	public String[] getVersion() {
		String version = Main.class.getPackage().getImplementationVersion();
		return new String[] { "vmmig " + (version == null ? "(development build)" : version) };
	}
}

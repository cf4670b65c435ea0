package org.parley.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest (set by the build), or "dev" when run from classes. */
public final class ParleyVersion implements IVersionProvider {

    public static String get() {
        String v = ParleyVersion.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"parley " + get()};
    }
}

package dev.ward.cli;

import picocli.CommandLine;

final class WardVersion implements CommandLine.IVersionProvider {

    static String version() {
        String v = WardVersion.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    static String tool() {
        return "ward " + version();
    }

    @Override
    public String[] getVersion() {
        return new String[] {tool(), "Java " + Runtime.version()};
    }
}

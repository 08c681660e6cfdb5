package dev.ward.redteam.detect;

/** How one attempt ended. Inconclusive attempts are reported but never counted as resisted or broken. */
public enum Outcome { RESISTED, BROKEN, INCONCLUSIVE }

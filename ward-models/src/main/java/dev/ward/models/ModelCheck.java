package dev.ward.models;

import dev.ward.core.Check;
import dev.ward.core.CheckInfo;

/** One model-artifact check: only metadata; the format inspectors decide when it fires. */
public record ModelCheck(CheckInfo info) implements Check {
}

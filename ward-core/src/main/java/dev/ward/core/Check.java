package dev.ward.core;

/** Anything that can raise findings of one kind. Its metadata lives in {@link #info()}. */
public interface Check {

    CheckInfo info();
}

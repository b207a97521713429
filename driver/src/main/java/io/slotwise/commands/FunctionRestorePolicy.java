package io.slotwise.commands;

/**
 * What {@code FUNCTION RESTORE} does with the libraries already loaded ({@link
 * RedisScriptingCommands#functionRestore(byte[], FunctionRestorePolicy)}).
 */
public enum FunctionRestorePolicy {
  /** Adds the dumped libraries; fails if one of them already exists (the server's default). */
  APPEND,
  /** Adds the dumped libraries, replacing those of the same name. */
  REPLACE,
  /** Deletes every library first, then restores the dump. */
  FLUSH
}

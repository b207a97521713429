package io.slotwise.internal.command;

import static io.slotwise.internal.command.Args.require;
import static io.slotwise.internal.command.Args.requireAll;
import static io.slotwise.internal.command.Args.requireObject;
import static io.slotwise.internal.command.CommandWords.cmd;
import static io.slotwise.internal.command.CommandWords.finite;
import static io.slotwise.internal.command.CommandWords.key;
import static io.slotwise.internal.command.CommandWords.num;
import static io.slotwise.internal.command.CommandWords.word;

import io.slotwise.commands.SetArgs;
import io.slotwise.internal.protocol.Command;
import java.util.List;

/**
 * Builds the byte-level {@link Command} of every typed string, counter, key, scripting and server
 * command, one method each: the argument vector, and the key positions and read-only flag from
 * {@link CommandTable}; {@link CollectionCommandBuilder} does the same for hashes, lists, sets and
 * sorted sets. The single command model under both facades and both key types (a {@code String} is
 * its UTF-8 bytes). Checks every argument for {@code null}, naming it. Stateless and thread-safe.
 */
public final class CommandBuilder {
  private CommandBuilder() {}

  // Strings

  static Command get(byte[] key) {
    return cmd("GET", key(key));
  }

  static Command set(byte[] key, byte[] value, SetArgs args) {
    return setCommand(key, value, args, false);
  }

  static Command setGet(byte[] key, byte[] value, SetArgs args) {
    return setCommand(key, value, args, true);
  }

  private static Command setCommand(byte[] key, byte[] value, SetArgs args, boolean get) {
    List<byte[]> options = OptionWords.of(requireObject(args, "setArgs"));
    byte[][] a = new byte[2 + options.size() + (get ? 1 : 0)][];
    a[0] = key(key);
    a[1] = require(value, "value");
    int i = 2;
    for (byte[] option : options) {
      a[i++] = option;
    }
    if (get) {
      a[i] = word("GET");
    }
    return cmd("SET", a);
  }

  static Command getdel(byte[] key) {
    return cmd("GETDEL", key(key));
  }

  static Command append(byte[] key, byte[] value) {
    return cmd("APPEND", key(key), require(value, "value"));
  }

  static Command strlen(byte[] key) {
    return cmd("STRLEN", key(key));
  }

  static Command setrange(byte[] key, long offset, byte[] value) {
    return cmd("SETRANGE", key(key), num(offset), require(value, "value"));
  }

  static Command getrange(byte[] key, long start, long end) {
    return cmd("GETRANGE", key(key), num(start), num(end));
  }

  // Counters

  static Command incr(byte[] key) {
    return cmd("INCR", key(key));
  }

  static Command incrby(byte[] key, long amount) {
    return cmd("INCRBY", key(key), num(amount));
  }

  static Command incrbyfloat(byte[] key, double amount) {
    return cmd("INCRBYFLOAT", key(key), finite(amount, "amount"));
  }

  static Command decr(byte[] key) {
    return cmd("DECR", key(key));
  }

  static Command decrby(byte[] key, long amount) {
    return cmd("DECRBY", key(key), num(amount));
  }

  // Keys (DEL, UNLINK, EXISTS, TOUCH go through Dispatcher.countKeys)

  static Command expire(byte[] key, long seconds) {
    return cmd("EXPIRE", key(key), num(seconds));
  }

  static Command pexpire(byte[] key, long millis) {
    return cmd("PEXPIRE", key(key), num(millis));
  }

  static Command ttl(byte[] key) {
    return cmd("TTL", key(key));
  }

  static Command pttl(byte[] key) {
    return cmd("PTTL", key(key));
  }

  static Command persist(byte[] key) {
    return cmd("PERSIST", key(key));
  }

  static Command type(byte[] key) {
    return cmd("TYPE", key(key));
  }

  static Command rename(byte[] key, byte[] newKey) {
    return cmd("RENAME", key(key), require(newKey, "newKey"));
  }

  // Scripting

  static Command eval(byte[] script, byte[][] keys, byte[][] args) {
    return script("EVAL", require(script, "script"), keys, args);
  }

  static Command evalsha(byte[] sha, byte[][] keys, byte[][] args) {
    return script("EVALSHA", require(sha, "sha"), keys, args);
  }

  private static Command script(String name, byte[] body, byte[][] keys, byte[][] args) {
    requireObject(keys, "keys");
    requireObject(args, "args");
    byte[][] a = new byte[2 + keys.length + args.length][];
    a[0] = body;
    a[1] = num(keys.length);
    System.arraycopy(keys, 0, a, 2, keys.length);
    System.arraycopy(args, 0, a, 2 + keys.length, args.length);
    return cmd(name, a);
  }

  static Command scriptLoad(byte[] script) {
    return cmd("SCRIPT LOAD", require(script, "script"));
  }

  // Server

  static Command ping() {
    return cmd("PING");
  }

  static Command echo(byte[] message) {
    return cmd("ECHO", require(message, "message"));
  }

  static Command info() {
    return cmd("INFO");
  }

  static Command info(byte[] section) {
    return cmd("INFO", require(section, "section"));
  }

  /** Any command from its full argument vector; keys and flags from {@link CommandTable}. */
  static Command generic(byte[][] args) {
    return CommandTable.command(requireAll(args, "args"));
  }
}

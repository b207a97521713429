package io.slotwise.commands;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * A Lua script and its SHA1, for {@link RedisScriptingCommands#eval(RedisScript, java.util.List,
 * java.util.List)}: the script is sent by its SHA1 ({@code EVALSHA}); a node that does not have it
 * cached answers {@code NOSCRIPT}, and the script is then sent in full ({@code EVAL}, which also
 * caches it there) once, to the same node (routed by the same keys). So a script is loaded lazily
 * on each node that needs it, also after a failover or {@code SCRIPT FLUSH}. Create one per script
 * and keep it (a constant). Immutable and thread-safe.
 *
 * <pre>{@code
 * static final RedisScript CAS = RedisScript.of(
 *     "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('SET', KEYS[1], ARGV[2]) end");
 * Object r = redis.eval(CAS, List.of("k"), List.of("old", "new"));
 * }</pre>
 */
public final class RedisScript {
  private final byte[] source;
  private final String sha1;

  private RedisScript(byte[] source) {
    this.source = source;
    this.sha1 = sha1Hex(source);
  }

  /** The script {@code source} (sent as UTF-8). */
  public static RedisScript of(String source) {
    if (source == null) {
      throw new IllegalArgumentException("source must not be null");
    }
    return new RedisScript(source.getBytes(StandardCharsets.UTF_8));
  }

  /** The script {@code source} as bytes (copied). */
  public static RedisScript of(byte[] source) {
    if (source == null) {
      throw new IllegalArgumentException("source must not be null");
    }
    return new RedisScript(source.clone());
  }

  /** The source as bytes (a copy). */
  public byte[] source() {
    return source.clone();
  }

  /**
   * The source's SHA1 in lower-case hex, as {@code SCRIPT LOAD} answers and {@code EVALSHA} takes.
   */
  public String sha1() {
    return sha1;
  }

  private static String sha1Hex(byte[] bytes) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this JVM has no SHA-1, which every JVM must have", e);
    }
    StringBuilder hex = new StringBuilder(40);
    for (byte b : digest.digest(bytes)) {
      hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
    }
    return hex.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RedisScript other && Arrays.equals(source, other.source);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(source);
  }

  @Override
  public String toString() {
    return "RedisScript{sha1=" + sha1 + "}";
  }
}

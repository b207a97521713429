package io.slotwise.commands;

import java.util.ArrayList;
import java.util.List;

/**
 * Options of {@code XADD}: {@code NOMKSTREAM}, trimming ({@link XTrimArgs}) and an explicit entry
 * id (default {@code *}: the server picks one). Immutable and thread-safe: every method returns a
 * new instance.
 *
 * <pre>{@code
 * redis.xadd("events", XAddArgs.create().trim(XTrimArgs.maxlen(1000).approximate()), fields);
 * redis.xadd("events", XAddArgs.create().id("1700000000000-1").nomkstream(), fields);
 * }</pre>
 *
 * @param noMkStream whether {@code NOMKSTREAM} is sent (no stream is created; the reply is then
 *     {@code null} when the stream does not exist)
 * @param trim the trimming, or {@code null} for none
 * @param entryId the id to add the entry under ({@code *} for a new one)
 */
public record XAddArgs(boolean noMkStream, XTrimArgs trim, String entryId) {
  private static final XAddArgs NONE = new XAddArgs(false, null, "*");

  /**
   * Checks the options.
   *
   * @throws IllegalArgumentException when {@code entryId} is null or empty
   */
  public XAddArgs {
    if (entryId == null || entryId.isEmpty()) {
      throw new IllegalArgumentException("entryId must not be null or empty");
    }
  }

  /** No options: {@code XADD key * field value ...}. */
  public static XAddArgs create() {
    return NONE;
  }

  /** {@code NOMKSTREAM}: do not create the stream when it does not exist. */
  public XAddArgs nomkstream() {
    return new XAddArgs(true, trim, entryId);
  }

  /** Trim the stream as part of the add. */
  public XAddArgs trim(XTrimArgs trim) {
    if (trim == null) {
      throw new IllegalArgumentException("trim must not be null");
    }
    return new XAddArgs(noMkStream, trim, entryId);
  }

  /** Add under this id ({@code <millis>-<seq>}, or {@code <millis>-*}) instead of {@code *}. */
  public XAddArgs id(String id) {
    return new XAddArgs(noMkStream, trim, id);
  }

  /** The words between the key and the fields, e.g. {@code [NOMKSTREAM, MAXLEN, =, 5, *]}. */
  public List<String> arguments() {
    List<String> words = new ArrayList<>(7);
    if (noMkStream) {
      words.add("NOMKSTREAM");
    }
    if (trim != null) {
      words.addAll(trim.arguments());
    }
    words.add(entryId);
    return words;
  }
}

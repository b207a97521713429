package io.slotwise.spring.data;

import org.springframework.data.redis.connection.RedisHyperLogLogCommands;

/**
 * {@link RedisHyperLogLogCommands} on Slotwise ({@code PFCOUNT} and {@code PFMERGE} of several keys
 * need them in one slot in cluster mode). Not thread-safe (one per connection).
 */
final class SlotwiseHyperLogLogCommands extends Family implements RedisHyperLogLogCommands {

  SlotwiseHyperLogLogCommands(CommandRunner runner) {
    super(runner);
  }

  @Override
  public Long pfAdd(byte[] key, byte[]... values) {
    return run("pfAdd", Replies::toLong, Cmd.of("PFADD").add(key).add(values));
  }

  @Override
  public Long pfCount(byte[]... keys) {
    return run("pfCount", Replies::toLong, "PFCOUNT", keys);
  }

  @Override
  public void pfMerge(byte[] destinationKey, byte[]... sourceKeys) {
    run("pfMerge", Replies.STATUS, Cmd.of("PFMERGE").add(destinationKey).add(sourceKeys));
  }
}

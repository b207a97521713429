package io.slotwise.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.testkit.RedisServerProcess;
import io.slotwise.testkit.RespTestClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link SlotHash} agrees with {@code CLUSTER KEYSLOT} of a real cluster-enabled redis-server. */
class SlotHashIT {

  private static final int KEYS = 10_000;
  private static final int BATCH = 500;

  @Test
  void tenThousandRandomBinaryKeysAgreeWithClusterKeyslot() {
    Random random = new Random(20261122L);
    List<byte[]> keys = new ArrayList<>();
    for (int i = 0; i < KEYS; i++) {
      keys.add(randomKey(random));
    }
    keys.add(new byte[0]);
    keys.add("{user1000}.following".getBytes(StandardCharsets.UTF_8));
    keys.add("foo{}{bar}".getBytes(StandardCharsets.UTF_8));
    keys.add("foo{{bar}}zap".getBytes(StandardCharsets.UTF_8));
    keys.add("foo{bar}{zap}".getBytes(StandardCharsets.UTF_8));
    keys.add("ключ{标签}😀".getBytes(StandardCharsets.UTF_8));

    try (RedisServerProcess node =
            RedisServerProcess.start(
                "--cluster-enabled", "yes", "--cluster-config-file", "nodes.conf");
        RespTestClient client = node.client()) {
      byte[] cluster = bytes("CLUSTER");
      byte[] keyslot = bytes("KEYSLOT");
      int mismatches = 0;
      List<String> examples = new ArrayList<>();
      for (int from = 0; from < keys.size(); from += BATCH) {
        int to = Math.min(keys.size(), from + BATCH);
        for (int i = from; i < to; i++) {
          client.send(cluster, keyslot, keys.get(i));
        }
        for (int i = from; i < to; i++) {
          long expected = (Long) client.read();
          byte[] key = keys.get(i);
          if (SlotHash.slot(key) != expected) {
            mismatches++;
            if (examples.size() < 5) {
              examples.add(java.util.HexFormat.of().formatHex(key) + " -> " + expected);
            }
          }
          // a slice at a non-zero offset must give the same slot
          byte[] padded = new byte[key.length + 3];
          System.arraycopy(key, 0, padded, 2, key.length);
          assertThat(SlotHash.slot(padded, 2, key.length)).isEqualTo((int) expected);
        }
      }
      assertThat(mismatches).as("mismatching keys, e.g. %s", examples).isZero();
      // the string form encodes UTF-8 the same way
      assertThat(SlotHash.slot("ключ{标签}😀")).isEqualTo(SlotHash.slot(keys.get(keys.size() - 1)));
    }
  }

  /** 0..40 random bytes; one key in four gets braces at random places to exercise hash tags. */
  private static byte[] randomKey(Random random) {
    byte[] key = new byte[random.nextInt(41)];
    random.nextBytes(key);
    if (key.length > 1 && random.nextInt(4) == 0) {
      key[random.nextInt(key.length)] = '{';
      key[random.nextInt(key.length)] = '}';
    }
    return key;
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}

package io.slotwise.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class RedisBinaryTest {

  @Test
  void parsesVersionOutput() {
    assertThat(
            RedisBinary.parseVersion(
                "Redis server v=7.0.15 sha=00000000:0 malloc=jemalloc-5.3.0 bits=64 build=ae4d"))
        .containsExactly(7, 0, 15);
    assertThat(RedisBinary.parseVersion("Redis server v=6.2.11 sha=00000000:0"))
        .containsExactly(6, 2, 11);
    assertThatThrownBy(() -> RedisBinary.parseVersion("garbage"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("garbage");
  }

  @Test
  void locatesAnExecutableBinaryWithAVersion() {
    RedisBinary binary = RedisBinary.get();
    assertThat(Files.isExecutable(binary.path())).isTrue();
    assertThat(binary.majorVersion())
        .as("the integration tests need Redis 7 (CLUSTER SHARDS, ADDSLOTSRANGE, key specs)")
        .isGreaterThanOrEqualTo(7);
    assertThat(binary.versionString()).matches("\\d+\\.\\d+\\.\\d+");
    assertThat(RedisBinary.get()).isSameAs(binary);
  }

  @Test
  void everyPlatformWithABundledBinaryFindsItOnTheClassPath() {
    String[][] platforms = {
      {"Linux", "amd64", "redis-server-7.0.15-linux-amd64"},
      {"Linux", "x86_64", "redis-server-7.0.15-linux-amd64"},
      {"Linux", "aarch64", "redis-server-7.0.15-linux-arm64"},
      {"Linux", "i386", "redis-server-7.0.15-linux-386"},
      {"Mac OS X", "x86_64", "redis-server-7.0.15-darwin-amd64"},
      {"Mac OS X", "aarch64", "redis-server-7.0.15-darwin-arm64"},
    };
    for (String[] p : platforms) {
      String resource = RedisBinary.embeddedResource(p[0], p[1]);
      assertThat(resource).as(p[0] + "/" + p[1]).isEqualTo(p[2]);
      assertThat(RedisBinaryTest.class.getClassLoader().getResource(resource))
          .as(resource + " on the test class path")
          .isNotNull();
    }
  }

  @Test
  void platformsWithoutABundledBinaryAreNamedInTheError() {
    assertThatThrownBy(() -> RedisBinary.embeddedResource("Windows 11", "amd64"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Windows 11")
        .hasMessageContaining(RedisBinary.ENV_OVERRIDE);
    assertThatThrownBy(() -> RedisBinary.embeddedResource("Linux", "riscv64"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("riscv64");
  }
}

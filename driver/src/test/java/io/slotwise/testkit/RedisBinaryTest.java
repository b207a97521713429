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
    assertThat(binary.majorVersion()).isGreaterThanOrEqualTo(6);
    assertThat(binary.versionString()).matches("\\d+\\.\\d+\\.\\d+");
    assertThat(RedisBinary.get()).isSameAs(binary);
  }
}

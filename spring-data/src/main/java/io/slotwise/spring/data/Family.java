package io.slotwise.spring.data;

import java.util.function.Function;
import org.springframework.dao.InvalidDataAccessApiUsageException;

/**
 * What every command family class shares: the connection's {@link CommandRunner} and short ways to
 * run a command through it. Not thread-safe (one per connection).
 */
abstract class Family {
  final CommandRunner runner;

  Family(CommandRunner runner) {
    this.runner = runner;
  }

  final <T> T run(String method, Function<Object, T> convert, Cmd cmd) {
    return runner.run(Call.of(method, convert, cmd.build()));
  }

  final <T> T run(String method, Function<Object, T> convert, String name, byte[]... args) {
    return runner.run(Call.of(method, convert, Cmd.args(name, args)));
  }

  final <T> T run(Call<T> call) {
    return runner.run(call);
  }

  static InvalidDataAccessApiUsageException refused(String method, String why) {
    return new InvalidDataAccessApiUsageException(method + " is not supported by Slotwise: " + why);
  }

  static <T> T require(T value, String method, String name) {
    if (value == null) {
      throw new InvalidDataAccessApiUsageException(method + ": " + name + " must not be null");
    }
    return value;
  }
}

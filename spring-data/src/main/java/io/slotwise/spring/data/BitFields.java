package io.slotwise.spring.data;

import org.springframework.data.redis.connection.BitFieldSubCommands;
import org.springframework.data.redis.connection.BitFieldSubCommands.BitFieldIncrBy;
import org.springframework.data.redis.connection.BitFieldSubCommands.BitFieldSet;
import org.springframework.data.redis.connection.BitFieldSubCommands.BitFieldSubCommand;

/** {@code BITFIELD key GET|SET|INCRBY ...} from Spring Data's sub-commands. Stateless. */
final class BitFields {
  private BitFields() {}

  static Cmd command(byte[] key, BitFieldSubCommands subCommands) {
    Cmd cmd = Cmd.of("BITFIELD").add(key);
    if (subCommands == null) {
      return cmd;
    }
    for (BitFieldSubCommand sub : subCommands) {
      if (sub instanceof BitFieldIncrBy incr && incr.getOverflow() != null) {
        cmd.word("OVERFLOW").word(incr.getOverflow().name());
      }
      cmd.word(sub.getCommand()).word(sub.getType().asString()).word(sub.getOffset().asString());
      if (sub instanceof BitFieldSet set) {
        cmd.add(set.getValue());
      } else if (sub instanceof BitFieldIncrBy incr) {
        cmd.add(incr.getValue());
      }
    }
    return cmd;
  }
}

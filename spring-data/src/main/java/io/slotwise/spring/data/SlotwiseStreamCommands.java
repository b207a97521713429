package io.slotwise.spring.data;

import org.springframework.data.redis.connection.RedisStreamCommands;

/**
 * {@link RedisStreamCommands} on Slotwise: not mapped yet. Every method throws an {@link
 * org.springframework.dao.InvalidDataAccessApiUsageException} naming itself and the way around: the
 * same command through the Slotwise client ({@code getNativeConnection()}, then {@code
 * sync().execute(...)}), or through this connection's {@code execute(String, byte[]...)}, both of
 * which route it by its key. Stateless.
 */
final class SlotwiseStreamCommands extends Family implements RedisStreamCommands {
  private static final String WHY =
      "Spring Data's stream types are not mapped by the Slotwise connection yet; send the command"
          + " with RedisConnection#execute(String, byte[]...) or the SlotwiseClient from"
          + " getNativeConnection()";

  SlotwiseStreamCommands(CommandRunner runner) {
    super(runner);
  }

  @Override
  public java.lang.Long xAck(
      byte[] arg0,
      java.lang.String arg1,
      org.springframework.data.redis.connection.stream.RecordId... arg2) {
    throw refused("xAck", WHY);
  }

  @Override
  public org.springframework.data.redis.connection.stream.RecordId xAdd(
      org.springframework.data.redis.connection.stream.MapRecord<byte[], byte[], byte[]> arg0,
      org.springframework.data.redis.connection.RedisStreamCommands.XAddOptions arg1) {
    throw refused("xAdd", WHY);
  }

  @Override
  public java.util.List<org.springframework.data.redis.connection.stream.RecordId> xClaimJustId(
      byte[] arg0,
      java.lang.String arg1,
      java.lang.String arg2,
      org.springframework.data.redis.connection.RedisStreamCommands.XClaimOptions arg3) {
    throw refused("xClaimJustId", WHY);
  }

  @Override
  public java.util.List<org.springframework.data.redis.connection.stream.ByteRecord> xClaim(
      byte[] arg0,
      java.lang.String arg1,
      java.lang.String arg2,
      org.springframework.data.redis.connection.RedisStreamCommands.XClaimOptions arg3) {
    throw refused("xClaim", WHY);
  }

  @Override
  public java.lang.Long xDel(
      byte[] arg0, org.springframework.data.redis.connection.stream.RecordId... arg1) {
    throw refused("xDel", WHY);
  }

  @Override
  public java.lang.String xGroupCreate(
      byte[] arg0,
      java.lang.String arg1,
      org.springframework.data.redis.connection.stream.ReadOffset arg2) {
    throw refused("xGroupCreate", WHY);
  }

  @Override
  public java.lang.String xGroupCreate(
      byte[] arg0,
      java.lang.String arg1,
      org.springframework.data.redis.connection.stream.ReadOffset arg2,
      boolean arg3) {
    throw refused("xGroupCreate", WHY);
  }

  @Override
  public java.lang.Boolean xGroupDelConsumer(
      byte[] arg0, org.springframework.data.redis.connection.stream.Consumer arg1) {
    throw refused("xGroupDelConsumer", WHY);
  }

  @Override
  public java.lang.Boolean xGroupDestroy(byte[] arg0, java.lang.String arg1) {
    throw refused("xGroupDestroy", WHY);
  }

  @Override
  public org.springframework.data.redis.connection.stream.StreamInfo.XInfoStream xInfo(
      byte[] arg0) {
    throw refused("xInfo", WHY);
  }

  @Override
  public org.springframework.data.redis.connection.stream.StreamInfo.XInfoGroups xInfoGroups(
      byte[] arg0) {
    throw refused("xInfoGroups", WHY);
  }

  @Override
  public org.springframework.data.redis.connection.stream.StreamInfo.XInfoConsumers xInfoConsumers(
      byte[] arg0, java.lang.String arg1) {
    throw refused("xInfoConsumers", WHY);
  }

  @Override
  public java.lang.Long xLen(byte[] arg0) {
    throw refused("xLen", WHY);
  }

  @Override
  public org.springframework.data.redis.connection.stream.PendingMessagesSummary xPending(
      byte[] arg0, java.lang.String arg1) {
    throw refused("xPending", WHY);
  }

  @Override
  public org.springframework.data.redis.connection.stream.PendingMessages xPending(
      byte[] arg0,
      java.lang.String arg1,
      org.springframework.data.redis.connection.RedisStreamCommands.XPendingOptions arg2) {
    throw refused("xPending", WHY);
  }

  @Override
  public java.util.List<org.springframework.data.redis.connection.stream.ByteRecord> xRange(
      byte[] arg0,
      org.springframework.data.domain.Range<java.lang.String> arg1,
      org.springframework.data.redis.connection.Limit arg2) {
    throw refused("xRange", WHY);
  }

  @Override
  public java.util.List<org.springframework.data.redis.connection.stream.ByteRecord> xRead(
      org.springframework.data.redis.connection.stream.StreamReadOptions arg0,
      org.springframework.data.redis.connection.stream.StreamOffset<byte[]>... arg1) {
    throw refused("xRead", WHY);
  }

  @Override
  public java.util.List<org.springframework.data.redis.connection.stream.ByteRecord> xReadGroup(
      org.springframework.data.redis.connection.stream.Consumer arg0,
      org.springframework.data.redis.connection.stream.StreamReadOptions arg1,
      org.springframework.data.redis.connection.stream.StreamOffset<byte[]>... arg2) {
    throw refused("xReadGroup", WHY);
  }

  @Override
  public java.util.List<org.springframework.data.redis.connection.stream.ByteRecord> xRevRange(
      byte[] arg0,
      org.springframework.data.domain.Range<java.lang.String> arg1,
      org.springframework.data.redis.connection.Limit arg2) {
    throw refused("xRevRange", WHY);
  }

  @Override
  public java.lang.Long xTrim(byte[] arg0, long arg1) {
    throw refused("xTrim", WHY);
  }

  @Override
  public java.lang.Long xTrim(byte[] arg0, long arg1, boolean arg2) {
    throw refused("xTrim", WHY);
  }
}

package io.slotwise.spring.data;

import io.slotwise.Pipeline;
import io.slotwise.SlotwiseClient;
import io.slotwise.commands.AsyncRedisCommands;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.redis.connection.RedisPipelineException;

/**
 * Runs the {@link Call}s of one connection in its current mode: at once (on Slotwise's shared
 * connections), queued on a Slotwise {@link Pipeline} between {@code openPipeline} and {@code
 * closePipeline}, or queued for a transaction between {@code multi} and {@code exec} ({@link
 * Transaction}). In the two queued modes every method returns {@code null}, as Spring Data expects.
 * Slotwise exceptions leave as Spring {@code DataAccessException}s.
 *
 * <p>Not thread-safe: a Spring Data connection belongs to one thread at a time.
 */
final class CommandRunner {
  private final SlotwiseClient client;
  private final boolean convertResults;
  private final Transaction transaction;
  private Pipeline pipeline;
  private final List<Pending<?>> pipelined = new ArrayList<>();

  private record Pending<T>(Call<T> call, CompletableFuture<?> future) {}

  CommandRunner(SlotwiseClient client, boolean convertResults) {
    this.client = client;
    this.convertResults = convertResults;
    this.transaction = new Transaction(client, convertResults);
  }

  SlotwiseClient client() {
    return client;
  }

  Transaction transaction() {
    return transaction;
  }

  <T> T run(Call<T> call) {
    if (transaction.isQueueing()) {
      transaction.queue(call);
      return null;
    }
    if (pipeline != null) {
      CompletableFuture<?> future =
          call.async() != null
              ? call.async().apply(pipeline)
              : ((AsyncRedisCommands) pipeline).execute(call.args());
      pipelined.add(new Pending<>(call, future));
      return null;
    }
    try {
      Object reply =
          call.sync() != null
              ? call.sync().apply(client.sync())
              : client.sync().execute(call.args());
      return call.convert().apply(reply);
    } catch (RuntimeException e) {
      throw SlotwiseExceptionTranslator.INSTANCE.translate(e);
    }
  }

  /** Runs {@code call} now even inside a pipeline or transaction (for reads the caller needs). */
  <T> T runNow(Call<T> call) {
    try {
      return call.convert().apply(client.sync().execute(call.args()));
    } catch (RuntimeException e) {
      throw SlotwiseExceptionTranslator.INSTANCE.translate(e);
    }
  }

  boolean isPipelined() {
    return pipeline != null;
  }

  void openPipeline() {
    if (transaction.isQueueing()) {
      throw new InvalidDataAccessApiUsageException(
          "openPipeline: a transaction is open (MULTI); call exec() or discard() first");
    }
    if (pipeline == null) {
      pipeline = client.pipeline();
    }
  }

  /**
   * Sends the queued commands and returns their results in order (status replies of {@code void}
   * methods left out); an error of any command ends in a {@link RedisPipelineException} holding
   * every result, the failed ones as translated exceptions.
   */
  List<Object> closePipeline() {
    if (pipeline == null) {
      return List.of();
    }
    Pipeline p = pipeline;
    pipeline = null;
    try {
      p.sync();
    } catch (RuntimeException e) {
      pipelined.clear();
      throw SlotwiseExceptionTranslator.INSTANCE.translate(e);
    } finally {
      p.close();
    }
    List<Object> results = new ArrayList<>(pipelined.size());
    Exception problem = null;
    for (Pending<?> pending : pipelined) {
      Object result = result(pending);
      if (result instanceof Exception e) {
        problem = problem == null ? e : problem;
        results.add(e);
      } else if (pending.call().convert() != Replies.STATUS) {
        results.add(result);
      }
    }
    pipelined.clear();
    if (problem != null) {
      throw new RedisPipelineException(problem, results);
    }
    return results;
  }

  private Object result(Pending<?> pending) {
    try {
      Object raw = pending.future().get();
      return convertResults ? pending.call().convert().apply(raw) : raw;
    } catch (ExecutionException | CompletionException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      return cause instanceof RuntimeException re
          ? SlotwiseExceptionTranslator.INSTANCE.translate(re)
          : new RedisPipelineException(new Exception(cause));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new RedisPipelineException(e);
    } catch (RuntimeException e) {
      return SlotwiseExceptionTranslator.INSTANCE.translate(e);
    }
  }

  /** Drops a pipeline's queue unsent and ends a transaction (the connection is being closed). */
  void close() {
    if (pipeline != null) {
      pipelined.clear();
      pipeline.close();
      pipeline = null;
    }
    transaction.close();
  }
}

package io.slotwise.spring.data;

import io.slotwise.RedisBackpressureException;
import io.slotwise.RedisConnectionException;
import io.slotwise.RedisOutcomeUnknownException;
import io.slotwise.RedisProtocolException;
import io.slotwise.RedisRedirectionException;
import io.slotwise.RedisServerException;
import io.slotwise.RedisTimeoutException;
import io.slotwise.SlotwiseClosedException;
import io.slotwise.SlotwiseException;
import io.slotwise.cluster.ClusterTopologyException;
import io.slotwise.cluster.CrossSlotException;
import io.slotwise.cluster.SlotNotCoveredException;
import io.slotwise.codis.CodisUnsupportedCommandException;
import java.util.Set;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.dao.support.PersistenceExceptionTranslator;
import org.springframework.data.redis.ClusterStateFailureException;
import org.springframework.data.redis.RedisConnectionFailureException;
import org.springframework.data.redis.RedisSystemException;
import org.springframework.data.redis.TooManyClusterRedirectionsException;

/**
 * Slotwise's exceptions as Spring's {@link DataAccessException}s, each to the class a Spring user
 * catches for that failure:
 *
 * <table>
 *   <caption>Translation</caption>
 *   <tr><th>Slotwise</th><th>Spring</th><th>why</th></tr>
 *   <tr><td>{@link RedisTimeoutException}</td><td>{@link QueryTimeoutException}</td>
 *       <td>what Spring Data's Lettuce and Jedis connections throw for a command timeout</td></tr>
 *   <tr><td>{@link RedisOutcomeUnknownException}</td><td>{@link RedisConnectionFailureException}
 *       </td><td>the connection broke after the command was written; non-transient, so retry
 *       templates do not resend a write that may have run (the message says so)</td></tr>
 *   <tr><td>{@link RedisBackpressureException}</td><td>{@link
 *       TransientDataAccessResourceException}</td><td>nothing was sent; trying later is safe</td>
 *   </tr>
 *   <tr><td>{@link RedisConnectionException}, {@link SlotwiseClosedException}</td><td>{@link
 *       RedisConnectionFailureException}</td><td>as Lettuce's and Jedis' connection failures</td>
 *   </tr>
 *   <tr><td>{@link RedisRedirectionException}</td><td>{@link TooManyClusterRedirectionsException}
 *       </td><td>Spring Data's own class for a redirect budget spent</td></tr>
 *   <tr><td>{@link SlotNotCoveredException}, {@link ClusterTopologyException}</td><td>{@link
 *       ClusterStateFailureException}</td><td>Spring Data's class for a cluster in a bad state</td>
 *   </tr>
 *   <tr><td>{@link CrossSlotException}, {@link CodisUnsupportedCommandException}, {@link
 *       IllegalArgumentException}</td><td>{@link InvalidDataAccessApiUsageException}</td><td>the
 *       call cannot work as written; nothing was sent</td></tr>
 *   <tr><td>{@link RedisServerException} {@code LOADING}, {@code BUSY}, {@code TRYAGAIN}, {@code
 *       CLUSTERDOWN}, {@code MASTERDOWN}</td><td>{@link TransientDataAccessResourceException}</td>
 *       <td>the server cannot serve now; it may later</td></tr>
 *   <tr><td>any other {@link RedisServerException} ({@code WRONGTYPE}, {@code ERR} syntax,
 *       {@code NOSCRIPT}...)</td><td>{@link InvalidDataAccessApiUsageException}</td><td>as both of
 *       Spring Data's own drivers translate an error reply</td></tr>
 *   <tr><td>{@link RedisProtocolException}, any other {@link SlotwiseException}</td><td>{@link
 *       RedisSystemException}</td><td>Spring Data's catch-all</td></tr>
 * </table>
 *
 * <p>The Slotwise exception is always the cause. Stateless and thread-safe.
 */
public final class SlotwiseExceptionTranslator implements PersistenceExceptionTranslator {
  private static final Set<String> TRANSIENT_ERRORS =
      Set.of("LOADING", "BUSY", "TRYAGAIN", "CLUSTERDOWN", "MASTERDOWN");

  /** The shared instance. */
  public static final SlotwiseExceptionTranslator INSTANCE = new SlotwiseExceptionTranslator();

  private SlotwiseExceptionTranslator() {}

  @Override
  public DataAccessException translateExceptionIfPossible(RuntimeException ex) {
    if (ex instanceof DataAccessException dae) {
      return dae;
    }
    String message = ex.getMessage();
    if (ex instanceof RedisTimeoutException) {
      return new QueryTimeoutException(message, ex);
    }
    if (ex instanceof RedisOutcomeUnknownException) {
      return new RedisConnectionFailureException(
          message + " (the command may or may not have run)", ex);
    }
    if (ex instanceof RedisBackpressureException) {
      return new TransientDataAccessResourceException(message, ex);
    }
    if (ex instanceof RedisConnectionException || ex instanceof SlotwiseClosedException) {
      return new RedisConnectionFailureException(message, ex);
    }
    if (ex instanceof RedisRedirectionException) {
      return new TooManyClusterRedirectionsException(message, ex);
    }
    if (ex instanceof SlotNotCoveredException || ex instanceof ClusterTopologyException) {
      return new ClusterStateFailureException(message, ex);
    }
    if (ex instanceof CrossSlotException
        || ex instanceof CodisUnsupportedCommandException
        || ex instanceof IllegalArgumentException) {
      return new InvalidDataAccessApiUsageException(message, ex);
    }
    if (ex instanceof RedisServerException server) {
      return TRANSIENT_ERRORS.contains(server.errorCode())
          ? new TransientDataAccessResourceException(message, ex)
          : new InvalidDataAccessApiUsageException(message, ex);
    }
    if (ex instanceof RedisProtocolException || ex instanceof SlotwiseException) {
      return new RedisSystemException(message, ex);
    }
    return null;
  }

  /** {@code ex} translated, or wrapped in a {@link RedisSystemException} when no rule matches. */
  DataAccessException translate(RuntimeException ex) {
    DataAccessException translated = translateExceptionIfPossible(ex);
    return translated != null ? translated : new RedisSystemException(ex.getMessage(), ex);
  }
}

package io.slotwise.spring;

import java.util.ArrayList;
import java.util.List;

/**
 * Holds the PEM files exported from SSL bundles for the client's lifetime and deletes them when the
 * application context closes. Thread-safe.
 */
final class SlotwiseTlsFiles implements AutoCloseable {
  private final List<SslBundlePem> files = new ArrayList<>();

  synchronized void add(SslBundlePem pem) {
    files.add(pem);
  }

  @Override
  public synchronized void close() {
    for (SslBundlePem pem : files) {
      pem.close();
    }
    files.clear();
  }
}

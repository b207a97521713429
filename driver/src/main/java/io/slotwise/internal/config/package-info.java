/**
 * Internal: validation helpers shared by the public option records of {@code io.slotwise}. Carries
 * no compatibility promise: anything here may change or disappear in any release.
 */
package io.slotwise.internal.config;

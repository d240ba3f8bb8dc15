package com.medondoor.system;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.util.MultiValueMap;

/**
 * A header map that runs every call under a lock, on whichever map {@code target} names at that
 * moment ({@link DeadlineResponse}'s headers, or a throw-away copy once the deadline has answered).
 */
final class GuardedHeaders implements MultiValueMap<String, String> {

    private final Object lock;
    private final Supplier<MultiValueMap<String, String>> target;

    GuardedHeaders(Object lock, Supplier<MultiValueMap<String, String>> target) {
        this.lock = lock;
        this.target = target;
    }

    private <T> T locked(Function<MultiValueMap<String, String>, T> call) {
        synchronized (lock) {
            return call.apply(target.get());
        }
    }

    private void lockedRun(Consumer<MultiValueMap<String, String>> call) {
        synchronized (lock) {
            call.accept(target.get());
        }
    }

    @Override public String getFirst(String key) { return locked(map -> map.getFirst(key)); }
    @Override public void add(String key, String value) { lockedRun(map -> map.add(key, value)); }
    @Override public void addAll(String key, List<? extends String> values) { lockedRun(map -> map.addAll(key, values)); }
    @Override public void addAll(MultiValueMap<String, String> values) { lockedRun(map -> map.addAll(values)); }
    @Override public void set(String key, String value) { lockedRun(map -> map.set(key, value)); }
    @Override public void setAll(Map<String, String> values) { lockedRun(map -> map.setAll(values)); }
    @Override public Map<String, String> toSingleValueMap() { return locked(MultiValueMap::toSingleValueMap); }
    @Override public int size() { return locked(Map::size); }
    @Override public boolean isEmpty() { return locked(Map::isEmpty); }
    @Override public boolean containsKey(Object key) { return locked(map -> map.containsKey(key)); }
    @Override public boolean containsValue(Object value) { return locked(map -> map.containsValue(value)); }
    @Override public List<String> get(Object key) { return locked(map -> map.get(key)); }
    @Override public List<String> put(String key, List<String> value) { return locked(map -> map.put(key, value)); }
    @Override public List<String> remove(Object key) { return locked(map -> map.remove(key)); }
    @Override public void putAll(Map<? extends String, ? extends List<String>> values) { lockedRun(map -> map.putAll(values)); }
    @Override public void clear() { lockedRun(Map::clear); }
    // Views are copies: iterating one must not race a writer on the live map.
    @Override public Set<String> keySet() { return locked(map -> new LinkedHashSet<>(map.keySet())); }
    @Override public Collection<List<String>> values() { return locked(map -> new ArrayList<>(map.values())); }
    @Override public Set<Entry<String, List<String>>> entrySet() { return locked(map -> new LinkedHashSet<>(map.entrySet())); }
}

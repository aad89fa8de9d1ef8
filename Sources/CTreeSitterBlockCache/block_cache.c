#define _GNU_SOURCE
#include "tree_sitter_block_cache.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#if defined(__GLIBC__) && UINTPTR_MAX == 0xffffffffffffffffu
#define BLOCK_CACHE_SUPPORTED 1
#include <dlfcn.h>
#include <malloc.h>
#include <pthread.h>
#include <tree_sitter/api.h>

/* tree-sitter's allocator hooks (lib/src/alloc.h, exported by the runtime but not in api.h). */
extern void *(*ts_current_malloc)(size_t);

/*
 * glibc on 64-bit targets rounds a request up to a chunk of a multiple of 16 bytes, 32 at
 * least, with 8 bytes of header: the usable sizes are 24, 40, 56, ... A size class is one usable
 * size, so a freed block serves any later request of its class. ts_block_cache_install checks
 * this layout before it installs anything.
 */
enum {
    smallest_usable = 24,
    class_step = 16,
    class_count = 128,                   /* usable sizes up to 24 + 16 * 127 = 2056 bytes */
    held_limit = 32 << 20,               /* bytes of freed blocks a thread keeps at most */
};

struct block_cache {
    void *heads[class_count];
    size_t held;
    bool registered;                     /* the thread-exit release is set up */
    bool closing;                        /* the thread is ending: free blocks straight away */
};

static _Thread_local struct block_cache cache;
static pthread_key_t release_key;
static pthread_once_t release_key_once = PTHREAD_ONCE_INIT;

static inline size_t class_of_request(size_t size) {
    return size <= smallest_usable ? 0 : (size - smallest_usable + class_step - 1) / class_step;
}

static inline size_t usable_of_class(size_t index) {
    return smallest_usable + index * class_step;
}

static void release(void *unused) {
    (void)unused;
    cache.closing = true;
    for (size_t index = 0; index < class_count; index++) {
        void *block = cache.heads[index];
        while (block) {
            void *next = *(void **)block;
            free(block);
            block = next;
        }
        cache.heads[index] = NULL;
    }
    cache.held = 0;
}

static void make_release_key(void) {
    if (pthread_key_create(&release_key, release) != 0) abort();
}

static void register_thread(void) {
    pthread_once(&release_key_once, make_release_key);
    /* Any non-null value makes the key's destructor run when the thread ends. */
    pthread_setspecific(release_key, &cache);
    cache.registered = true;
}

static void *out_of_memory(size_t size) {
    fprintf(stderr, "tree-sitter failed to allocate %zu bytes\n", size);
    abort();
}

/* A freed block of the request's class, or NULL when the thread holds none. */
static inline void *take(size_t size) {
    size_t index = class_of_request(size);
    if (index >= class_count) return NULL;
    void *block = cache.heads[index];
    if (!block) return NULL;
    void *next = *(void **)block;
    cache.heads[index] = next;
    cache.held -= usable_of_class(index);
    /* The list runs through blocks freed long ago: fetch the next one's link now, while the
     * parser works, rather than wait for it at the next request. */
    if (next) __builtin_prefetch(next, 1, 3);
    return block;
}

void *ts_block_cache_malloc(size_t size) {
    void *block = take(size);
    if (block) return block;
    block = malloc(size);
    if (!block && size > 0) return out_of_memory(size);
    return block;
}

void *ts_block_cache_calloc(size_t count, size_t size) {
    size_t total;
    if (__builtin_mul_overflow(count, size, &total)) return out_of_memory(SIZE_MAX);
    void *block = take(total);
    if (block) return memset(block, 0, total);
    block = calloc(count, size);
    if (!block && total > 0) return out_of_memory(total);
    return block;
}

void *ts_block_cache_realloc(void *block, size_t size) {
    if (!block) return ts_block_cache_malloc(size);
    /* A block that still fits stays, unless it would be mostly empty: then malloc shrinks it. */
    size_t usable = malloc_usable_size(block);
    if (size > 0 && size <= usable && size >= usable / 2) return block;
    void *moved = realloc(block, size);
    if (!moved && size > 0) return out_of_memory(size);
    return moved;
}

void ts_block_cache_free(void *block) {
    if (!block) return;
    size_t usable = malloc_usable_size(block);
    size_t index = (usable - smallest_usable) / class_step;
    if (usable >= smallest_usable && (usable - smallest_usable) % class_step == 0 && index < class_count
        && cache.held + usable <= held_limit && !cache.closing) {
        if (!cache.registered) register_thread();
        *(void **)block = cache.heads[index];
        cache.heads[index] = block;
        cache.held += usable;
        return;
    }
    free(block);
}

size_t ts_block_cache_held_bytes(void) {
    return cache.held;
}

/* Whether malloc's usable sizes follow the layout the size classes assume. */
static bool layout_matches(void) {
    static const size_t probes[] = {1, 24, 25, 40, 41, 1000, 2056};
    for (size_t i = 0; i < sizeof probes / sizeof probes[0]; i++) {
        void *block = malloc(probes[i]);
        if (!block) return false;
        size_t usable = malloc_usable_size(block);
        free(block);
        if (usable != usable_of_class(class_of_request(probes[i]))) return false;
    }
    return true;
}

/* Whether tree-sitter still allocates with its own default functions (they live in its image). */
static bool runtime_uses_default_allocator(void) {
    Dl_info current, runtime;
    if (!dladdr((void *)ts_current_malloc, &current) || !dladdr((void *)ts_set_allocator, &runtime)) return false;
    return current.dli_fbase == runtime.dli_fbase;
}

bool ts_block_cache_install(void) {
    if (ts_current_malloc == ts_block_cache_malloc) return true;
    if (!runtime_uses_default_allocator() || !layout_matches()) return false;
    ts_set_allocator(ts_block_cache_malloc, ts_block_cache_calloc, ts_block_cache_realloc, ts_block_cache_free);
    return true;
}

#else

/* Elsewhere the cache is not used: the functions pass straight to the C library. */
bool ts_block_cache_install(void) { return false; }
void *ts_block_cache_malloc(size_t size) { return malloc(size); }
void *ts_block_cache_calloc(size_t count, size_t size) { return calloc(count, size); }
void *ts_block_cache_realloc(void *block, size_t size) { return realloc(block, size); }
void ts_block_cache_free(void *block) { free(block); }
size_t ts_block_cache_held_bytes(void) { return 0; }

#endif

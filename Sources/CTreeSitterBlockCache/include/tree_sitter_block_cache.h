#ifndef TREE_SITTER_BLOCK_CACHE_H
#define TREE_SITTER_BLOCK_CACHE_H

#include <stdbool.h>
#include <stddef.h>

/*
 * A per-thread cache of small freed blocks in front of the C library's malloc, for tree-sitter.
 *
 * A parse allocates a block per syntax node and deleting the tree frees them all; glibc keeps
 * only seven freed blocks of a size per thread, so the next parse takes most of its blocks from
 * the shared arena again. This cache keeps up to 32 MiB of freed blocks per thread, by size
 * class, and hands them back without a lock.
 *
 * Every block is an ordinary malloc block: the cache keys a block by malloc_usable_size, so it
 * frees blocks that plain malloc made, and free() takes the blocks it hands out. Threads may
 * free each other's blocks. A thread's cache is released when the thread ends.
 */

/* Makes tree-sitter allocate through the cache. Returns false, and changes nothing, where the
 * C library has no malloc_usable_size or where tree-sitter already uses an allocator other than
 * malloc (an embedding program's own). Call it before the first parser is made. */
bool ts_block_cache_install(void);

void *ts_block_cache_malloc(size_t size);
void *ts_block_cache_calloc(size_t count, size_t size);
void *ts_block_cache_realloc(void *block, size_t size);
void ts_block_cache_free(void *block);

/* The bytes of freed blocks the calling thread's cache holds. */
size_t ts_block_cache_held_bytes(void);

#endif

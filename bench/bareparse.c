/*
 * bareparse: the floor for `astpatch check` -- read each file and parse it with tree-sitter,
 * nothing else.
 *
 *   bareparse [-j THREADS] [-e] [-c] LISTFILE
 *
 * LISTFILE has one line per file: <language> TAB <grammar .so> TAB <symbol> TAB <file path>.
 * Each grammar is dlopened once; THREADS workers (each with its own TSParser per language) take
 * files from a shared counter, read the whole file with read(2), parse it with
 * ts_parser_parse_string, ask ts_node_has_error of the root and delete the tree.
 * Prints one line: files=N bytes=N errors=N seconds=S, where seconds is the wall time from
 * before the first read to after the last parse. With -e, the paths of files with errors are
 * printed on stderr. With -c, tree-sitter allocates through astpatch's block cache
 * (Sources/CTreeSitterBlockCache), as `astpatch` does, instead of malloc.
 *
 * cc -O2 -pthread -ISources/CTreeSitterBlockCache/include bench/bareparse.c \
 *    Sources/CTreeSitterBlockCache/block_cache.c -ltree-sitter -ldl -o bench/out/bareparse
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <tree_sitter/api.h>
#include "tree_sitter_block_cache.h"

struct grammar {
    char *name;
    char *library;
    char *symbol;
    const TSLanguage *language;
};

struct job {
    int grammar;
    char *path;
};

static struct grammar *grammars;
static int grammar_count;
static struct job *jobs;
static size_t job_count;
static atomic_size_t next_job;
static atomic_size_t total_bytes;
static atomic_size_t total_errors;
static atomic_int failures;
static int list_errors;

static void die(const char *format, const char *detail) {
    fprintf(stderr, "bareparse: ");
    fprintf(stderr, format, detail);
    fputc('\n', stderr);
    exit(2);
}

static int grammar_index(const char *name, const char *library, const char *symbol) {
    for (int i = 0; i < grammar_count; i++)
        if (strcmp(grammars[i].library, library) == 0 && strcmp(grammars[i].symbol, symbol) == 0)
            return i;
    grammars = realloc(grammars, sizeof *grammars * (grammar_count + 1));
    if (!grammars) die("%s", "out of memory");
    struct grammar *g = &grammars[grammar_count];
    g->name = strdup(name);
    g->library = strdup(library);
    g->symbol = strdup(symbol);
    void *handle = dlopen(library, RTLD_NOW | RTLD_LOCAL);
    if (!handle) die("%s", dlerror());
    const TSLanguage *(*function)(void) = (const TSLanguage *(*)(void))dlsym(handle, symbol);
    if (!function) die("missing symbol %s", symbol);
    g->language = function();
    if (!g->language) die("%s() returned NULL", symbol);
    return grammar_count++;
}

static void read_list(const char *listfile) {
    FILE *in = fopen(listfile, "r");
    if (!in) die("cannot open %s", listfile);
    size_t capacity = 0;
    char *line = NULL;
    size_t line_capacity = 0;
    ssize_t length;
    while ((length = getline(&line, &line_capacity, in)) >= 0) {
        while (length > 0 && (line[length - 1] == '\n' || line[length - 1] == '\r')) line[--length] = 0;
        if (length == 0) continue;
        char *fields[4];
        char *cursor = line;
        for (int i = 0; i < 4; i++) {
            fields[i] = cursor;
            char *tab = i < 3 ? strchr(cursor, '\t') : NULL;
            if (i < 3 && !tab) die("malformed line: %s", line);
            if (tab) { *tab = 0; cursor = tab + 1; }
        }
        if (job_count == capacity) {
            capacity = capacity ? capacity * 2 : 1024;
            jobs = realloc(jobs, sizeof *jobs * capacity);
            if (!jobs) die("%s", "out of memory");
        }
        jobs[job_count].grammar = grammar_index(fields[0], fields[1], fields[2]);
        jobs[job_count].path = strdup(fields[3]);
        job_count++;
    }
    free(line);
    fclose(in);
}

/* Reads the whole file into *buffer (grown as needed); returns its length or -1. */
static ssize_t read_file(const char *path, char **buffer, size_t *capacity) {
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return -1;
    struct stat info;
    if (fstat(fd, &info) != 0) { close(fd); return -1; }
    size_t want = (size_t)info.st_size + 1;
    if (want > *capacity) {
        free(*buffer);
        *capacity = want;
        *buffer = malloc(*capacity);
        if (!*buffer) die("%s", "out of memory");
    }
    size_t filled = 0;
    for (;;) {
        if (filled == *capacity) {
            *capacity *= 2;
            *buffer = realloc(*buffer, *capacity);
            if (!*buffer) die("%s", "out of memory");
        }
        ssize_t n = read(fd, *buffer + filled, *capacity - filled);
        if (n < 0) {
            if (errno == EINTR) continue;
            close(fd);
            return -1;
        }
        if (n == 0) break;
        filled += (size_t)n;
    }
    close(fd);
    return (ssize_t)filled;
}

static void *worker(void *unused) {
    (void)unused;
    TSParser **parsers = calloc((size_t)grammar_count, sizeof *parsers);
    char *buffer = NULL;
    size_t capacity = 0;
    size_t bytes = 0, errors = 0;
    for (;;) {
        size_t index = atomic_fetch_add_explicit(&next_job, 1, memory_order_relaxed);
        if (index >= job_count) break;
        const struct job *job = &jobs[index];
        ssize_t length = read_file(job->path, &buffer, &capacity);
        if (length < 0) {
            fprintf(stderr, "bareparse: cannot read %s: %s\n", job->path, strerror(errno));
            atomic_fetch_add(&failures, 1);
            continue;
        }
        TSParser *parser = parsers[job->grammar];
        if (!parser) {
            parser = parsers[job->grammar] = ts_parser_new();
            if (!ts_parser_set_language(parser, grammars[job->grammar].language))
                die("grammar %s has an ABI this tree-sitter cannot load", grammars[job->grammar].name);
        }
        TSTree *tree = ts_parser_parse_string(parser, NULL, buffer, (uint32_t)length);
        if (!tree) {
            fprintf(stderr, "bareparse: parser gave up on %s\n", job->path);
            atomic_fetch_add(&failures, 1);
            continue;
        }
        if (ts_node_has_error(ts_tree_root_node(tree))) {
            errors++;
            if (list_errors) fprintf(stderr, "%s\n", job->path);
        }
        ts_tree_delete(tree);
        bytes += (size_t)length;
    }
    for (int i = 0; i < grammar_count; i++)
        if (parsers[i]) ts_parser_delete(parsers[i]);
    free(parsers);
    free(buffer);
    atomic_fetch_add(&total_bytes, bytes);
    atomic_fetch_add(&total_errors, errors);
    return NULL;
}

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
    long threads = sysconf(_SC_NPROCESSORS_ONLN);
    int option;
    int block_cache = 0;
    while ((option = getopt(argc, argv, "j:ec")) != -1) {
        switch (option) {
        case 'j':
            threads = strtol(optarg, NULL, 10);
            if (threads < 1) die("bad thread count %s", optarg);
            break;
        case 'e':
            list_errors = 1;
            break;
        case 'c':
            block_cache = 1;
            break;
        default:
            fprintf(stderr, "usage: bareparse [-j THREADS] [-e] [-c] LISTFILE\n");
            return 2;
        }
    }
    if (optind != argc - 1) {
        fprintf(stderr, "usage: bareparse [-j THREADS] [-e] [-c] LISTFILE\n");
        return 2;
    }
    if (block_cache && !ts_block_cache_install()) die("%s", "the block cache cannot be installed here");
    read_list(argv[optind]);
    if ((size_t)threads > job_count) threads = job_count ? (long)job_count : 1;

    pthread_t *ids = calloc((size_t)threads, sizeof *ids);
    double start = now();
    for (long i = 0; i < threads; i++)
        if (pthread_create(&ids[i], NULL, worker, NULL) != 0) die("%s", "cannot start a thread");
    for (long i = 0; i < threads; i++) pthread_join(ids[i], NULL);
    double seconds = now() - start;

    printf("files=%zu bytes=%zu errors=%zu seconds=%.6f\n", job_count - (size_t)atomic_load(&failures),
           atomic_load(&total_bytes), atomic_load(&total_errors), seconds);
    free(ids);
    return atomic_load(&failures) ? 1 : 0;
}

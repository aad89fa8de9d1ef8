#include <stdlib.h>
#include <string.h>

struct buffer {
    char *data;
    size_t len;
};

int buffer_append(struct buffer *b, const char *text) {
    size_t n = strlen(text);
    char *grown = realloc(b->data, b->len + n);
    if (grown == NULL) {
        return -1;
    }
    memcpy(grown + b->len, text, n);
    b->data = grown;
    b->len += n;
    return 0;
}

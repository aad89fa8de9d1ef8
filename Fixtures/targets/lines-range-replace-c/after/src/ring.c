#include <stdlib.h>

struct ring {
    int *buf;
    size_t head;
    size_t len;
    size_t cap;
};

int ring_push(struct ring *r, int v)
{
    if (r->len == r->cap) {
        r->head = (r->head + 1) % r->cap;
        r->len--;
    }
    r->buf[(r->head + r->len) % r->cap] = v;
    r->len++;
    return 0;
}

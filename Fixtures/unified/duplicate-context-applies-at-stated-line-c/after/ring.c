#include "ring.h"

int ring_push(struct ring *r, int value)
{
    if (r->count == r->capacity) {
        return -1;
    }
    r->data[r->tail] = value;
    r->tail = (r->tail + 1) % r->capacity;
    r->count++;
    return 0;
}

int ring_push_front(struct ring *r, int value)
{
    if (r->count == r->capacity) {
        return -2;
    }
    r->head = (r->head + r->capacity - 1) % r->capacity;
    r->data[r->head] = value;
    r->count++;
    return 0;
}

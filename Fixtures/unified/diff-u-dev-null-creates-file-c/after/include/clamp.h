#ifndef UTIL_CLAMP_H
#define UTIL_CLAMP_H

static inline int clamp_int(int v, int lo, int hi)
{
    return v < lo ? lo : (v > hi ? hi : v);
}

#endif /* UTIL_CLAMP_H */

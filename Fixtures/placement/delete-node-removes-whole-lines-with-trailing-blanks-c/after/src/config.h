#ifndef CONFIG_H
#define CONFIG_H

struct config {
    int port;
    const char *host;
};

#endif

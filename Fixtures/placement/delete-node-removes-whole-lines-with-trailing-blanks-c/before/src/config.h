#ifndef CONFIG_H
#define CONFIG_H

struct config {
    int port;
    int legacy;   
    const char *host;
};

#endif

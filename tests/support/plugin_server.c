/* The process of the plugin the plugin scenario enables (tests/scenarios/plugin.py).
 *
 * dockerd counts a plugin as started once a connection to the socket its config.json
 * names succeeds (moby plugin/manager_linux.go, pluginPostStart: it dials, closes, and
 * gives up after a few retries); a log driver plugin is called only when a container
 * logs to it. So this listens on that socket and closes every connection, until dockerd
 * stops it with SIGTERM (as PID 1 of its namespace it must handle the signal to die of it).
 *
 * Built static (no library in the plugin's empty root filesystem) by
 * tests/support/plugin_server.py, only when the scenario runs against an Engine. */
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

static void stop(int signal_number) {
    (void)signal_number;
    _exit(0);
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fputs("usage: plugin-server SOCKET_PATH\n", stderr);
        return 2;
    }
    struct sockaddr_un address = {.sun_family = AF_UNIX};
    if (strlen(argv[1]) >= sizeof address.sun_path) {
        fputs("plugin-server: socket path too long\n", stderr);
        return 2;
    }
    strcpy(address.sun_path, argv[1]);
    signal(SIGTERM, stop);
    signal(SIGINT, stop);
    unlink(argv[1]);
    int listener = socket(AF_UNIX, SOCK_STREAM, 0);
    if (listener < 0 || bind(listener, (struct sockaddr *)&address, sizeof address) < 0 || listen(listener, 16) < 0) {
        perror(argv[1]);
        return 1;
    }
    for (;;) {
        int connection = accept(listener, NULL, NULL);
        if (connection >= 0) {
            close(connection);
        }
    }
}

/*
 * drover-supervisor --launcher: starts supervisors on the agent's behalf.
 *
 * Why: the agent is a large Node process, and every fork of it copies its page tables: about 12 ms per task, on the
 * agent's only thread. This launcher is small, so its forks are cheap, and it runs the supervisor's code in the
 * forked child without loading a program again. Launches overlap: up to MAX_FLIGHTS wait for their reports at once.
 * The agent starts it once and sends it one request per task on stdin; it answers on stdout and reports when a
 * supervisor it started exits.
 *
 * Request (stdin): a 4-byte little-endian length, then that many bytes of NUL-terminated strings:
 *   id, argument count, arguments..., environment count, environment entries...
 * (the arguments are the supervisor's, without its own path). Replies (stdout), one line each:
 *   "R <id> <supervisor pid> <report>"   report = the supervisor's "ok <task pid>" or "error <message>"
 *   "X <supervisor pid> <wait status>"   a supervisor ended
 * When stdin closes (the agent is gone) the launcher exits; the supervisors it started carry on.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/signalfd.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#define MAX_REQUEST (4 * 1024 * 1024)
#define MAX_STRINGS 65536
#define MAX_FLIGHTS 64

extern char **environ;
int supervisor_main(int argc, char **argv); /* supervisor.c */

static int read_fully(int fd, void *buffer, size_t length) {
  size_t done = 0;
  while (done < length) {
    ssize_t got = read(fd, (char *)buffer + done, length - done);
    if (got == 0) return -1;
    if (got < 0) {
      if (errno == EINTR) continue;
      return -1;
    }
    done += (size_t)got;
  }
  return 0;
}

static void write_line(const char *text) {
  size_t length = strlen(text), done = 0;
  while (done < length) {
    ssize_t written = write(1, text + done, length - done);
    if (written < 0) {
      if (errno == EINTR) continue;
      exit(0); /* the agent is gone */
    }
    done += (size_t)written;
  }
}

/* A launch whose supervisor has not answered yet. */
struct flight {
  int used;
  char id[64];
  pid_t pid;
  int fd;
  char text[1024];
  size_t length;
  int exited;      /* reaped before its report was read: X is written after R */
  int wait_status;
};

static struct flight flights[MAX_FLIGHTS];
static int in_flight = 0;

static struct flight *flight_of(pid_t pid) {
  for (int index = 0; index < MAX_FLIGHTS; index++) {
    if (flights[index].used && flights[index].pid == pid) return &flights[index];
  }
  return NULL;
}

static void write_exit(pid_t pid, int status) {
  char line[64];
  snprintf(line, sizeof line, "X %d %d\n", (int)pid, status);
  write_line(line);
}

static void reap(void) {
  int status;
  pid_t pid;
  while ((pid = waitpid(-1, &status, WNOHANG)) > 0) {
    struct flight *flight = flight_of(pid);
    if (flight != NULL) {
      flight->exited = 1;
      flight->wait_status = status;
    } else {
      write_exit(pid, status);
    }
  }
}

/* The supervisor answered (or closed its report channel): reply R, then X if it is already gone. */
static void land(struct flight *flight) {
  char line[1200];
  close(flight->fd);
  flight->text[flight->length] = '\0';
  char *newline = strchr(flight->text, '\n');
  if (newline != NULL) *newline = '\0';
  if (flight->length == 0) snprintf(flight->text, sizeof flight->text, "error the supervisor exited before starting the task");
  snprintf(line, sizeof line, "R %s %d %s\n", flight->id, (int)flight->pid, flight->text);
  write_line(line);
  if (flight->exited) write_exit(flight->pid, flight->wait_status);
  flight->used = 0;
  in_flight--;
}

static void read_report(struct flight *flight) {
  ssize_t got = read(flight->fd, flight->text + flight->length, sizeof flight->text - 1 - flight->length);
  if (got < 0 && (errno == EINTR || errno == EAGAIN)) return;
  if (got > 0) {
    flight->length += (size_t)got;
    if (memchr(flight->text, '\n', flight->length) == NULL && flight->length < sizeof flight->text - 1) return;
  }
  land(flight);
}

/* Splits the request into its strings; returns how many, or -1 when malformed. */
static int split(char *payload, uint32_t length, char **strings) {
  int count = 0;
  uint32_t start = 0;
  for (uint32_t index = 0; index < length; index++) {
    if (payload[index] != '\0') continue;
    if (count == MAX_STRINGS) return -1;
    strings[count++] = payload + start;
    start = index + 1;
  }
  return start == length ? count : -1;
}

static void refuse(const char *id, const char *message) {
  char line[512];
  snprintf(line, sizeof line, "R %s 0 error %s\n", id, message);
  write_line(line);
}

/*
 * Starts one supervisor. The child is a fork of this small process that runs the supervisor's code directly (no
 * exec: one fewer program load per task); it answers on its fd 3 once the task is executing.
 */
static void handle(int signal_fd, char *payload, uint32_t length, char **strings) {
  int count = split(payload, length, strings);
  if (count < 3) { refuse("?", "malformed launch request"); return; }
  const char *id = strings[0];
  int argc = atoi(strings[1]);
  if (argc < 0 || 2 + argc >= count) { refuse(id, "malformed argument list"); return; }
  int envc = atoi(strings[2 + argc]);
  if (envc < 0 || 3 + argc + envc != count) { refuse(id, "malformed environment"); return; }
  int slot = 0;
  while (slot < MAX_FLIGHTS && flights[slot].used) slot++;
  if (slot == MAX_FLIGHTS) { refuse(id, "too many launches in flight"); return; }
  int report[2];
  if (pipe2(report, O_CLOEXEC) != 0) { refuse(id, strerror(errno)); return; }
  pid_t child = fork();
  if (child == 0) {
    char **argv = calloc((size_t)argc + 2, sizeof *argv);
    char **envp = calloc((size_t)envc + 1, sizeof *envp);
    if (argv == NULL || envp == NULL) _exit(126);
    argv[0] = "drover-supervisor";
    for (int index = 0; index < argc; index++) argv[index + 1] = strings[2 + index];
    for (int index = 0; index < envc; index++) envp[index] = strings[3 + argc + index];
    /* Nothing of the launcher may leak into the supervisor: its pipes to the agent, its signal handling. These
     * are closed before fd 3 is set up, since one of them may be fd 3 right now. */
    close(report[0]);
    close(signal_fd);
    for (int index = 0; index < MAX_FLIGHTS; index++) if (flights[index].used) close(flights[index].fd);
    int null_fd = open("/dev/null", O_RDWR);
    if (null_fd < 0 || dup2(null_fd, 0) < 0 || dup2(null_fd, 1) < 0) _exit(126);
    if (report[1] == 3) fcntl(3, F_SETFD, 0);
    else if (dup2(report[1], 3) < 0) _exit(126);
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
    signal(SIGPIPE, SIG_DFL);
    signal(SIGHUP, SIG_DFL);
    environ = envp;
    _exit(supervisor_main(argc + 1, argv));
  }
  close(report[1]);
  if (child < 0) {
    close(report[0]);
    refuse(id, strerror(errno));
    return;
  }
  struct flight *flight = &flights[slot];
  memset(flight, 0, sizeof *flight);
  flight->used = 1;
  snprintf(flight->id, sizeof flight->id, "%s", id);
  flight->pid = child;
  flight->fd = report[0];
  in_flight++;
}

int launcher_main(void) {
  signal(SIGPIPE, SIG_IGN);
  signal(SIGHUP, SIG_IGN);
  sigset_t child_signals;
  sigemptyset(&child_signals);
  sigaddset(&child_signals, SIGCHLD);
  sigprocmask(SIG_BLOCK, &child_signals, NULL);
  int signal_fd = signalfd(-1, &child_signals, SFD_CLOEXEC | SFD_NONBLOCK);
  if (signal_fd < 0) return 1;
  char *payload = malloc(MAX_REQUEST);
  char **strings = malloc(sizeof(char *) * MAX_STRINGS);
  if (payload == NULL || strings == NULL) return 1;
  struct pollfd watched[2 + MAX_FLIGHTS];
  struct flight *watched_flights[2 + MAX_FLIGHTS];
  for (;;) {
    int count = 0;
    /* Stop taking requests while every slot is busy; the agent's writes wait in the pipe. */
    watched[count++] = (struct pollfd){ .fd = in_flight < MAX_FLIGHTS ? 0 : -1, .events = POLLIN };
    watched[count++] = (struct pollfd){ .fd = signal_fd, .events = POLLIN };
    for (int index = 0; index < MAX_FLIGHTS; index++) {
      if (!flights[index].used) continue;
      watched_flights[count] = &flights[index];
      watched[count++] = (struct pollfd){ .fd = flights[index].fd, .events = POLLIN };
    }
    if (poll(watched, (nfds_t)count, -1) < 0) {
      if (errno == EINTR) continue;
      return 1;
    }
    if (watched[1].revents != 0) {
      struct signalfd_siginfo info;
      while (read(signal_fd, &info, sizeof info) == sizeof info) {}
      reap();
    }
    for (int index = 2; index < count; index++) {
      if (watched[index].revents != 0) read_report(watched_flights[index]);
    }
    if (watched[0].revents != 0) {
      uint8_t header[4];
      if (read_fully(0, header, 4) != 0) return 0; /* the agent is gone */
      uint32_t length = (uint32_t)header[0] | (uint32_t)header[1] << 8 | (uint32_t)header[2] << 16 | (uint32_t)header[3] << 24;
      if (length == 0 || length > MAX_REQUEST) return 1;
      if (read_fully(0, payload, length) != 0) return 0;
      handle(signal_fd, payload, length, strings);
    }
  }
}

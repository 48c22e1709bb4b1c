/*
 * drover-supervisor: the light process that owns one task of the process containerizer.
 *
 * The agent starts one per task. It detaches into its own session, so it outlives the agent (kill -9 of the agent
 * leaves tasks running), starts the task in its cgroups (and optionally in new pid and mount namespaces, as another
 * user, with no file descriptors beyond 0-2), copies the task's stdout and stderr into size-rotated sandbox files,
 * and when the task ends writes how it ended to a status file (temporary file + rename), which survives the agent.
 * It is C, not Node, so that a task costs a few hundred KB of memory rather than tens of MB.
 *
 * Usage: drover-supervisor [options] -- FILE ARGV0 [ARG...]
 *   --stdout PATH --stderr PATH   log files, appended to, rotated past --log-max-bytes (0 = never) keeping
 *                                 --log-max-files old ones (PATH.1 newest)
 *   --status PATH                 where the termination goes: {"status":N,"exitCode":N|null,"signal":N|null}
 *   --procs PATH                  a cgroup procs file the task joins before exec (repeatable)
 *   --pid-ns                      new pid and mount namespaces, with a fresh /proc
 *   --user NAME                   run the task as this user (the sandbox and logs are given to it)
 *   --cwd DIR                     the task's working directory (the sandbox)
 * `drover-supervisor --launcher` is the launcher instead (launcher.c): the agent's fast way to start supervisors.
 * File descriptor 3, when open, is the launch report: "ok <task pid>\n" once the task's program was executed, or
 * "error <message>\n" when it could not be, after which the supervisor exits 1.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <poll.h>
#include <pwd.h>
#include <sched.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/signalfd.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define MAX_PROCS 16
#define REPORT_FD 3
#define DRAIN_AFTER_EXIT_MS 1000

struct log_file {
  const char *path;
  int fd;
  long long size;
};

static struct log_file logs[2];
static long long log_max_bytes = 0;
static int log_max_files = 1;
static const char *status_path = NULL;
static const char *procs[MAX_PROCS];
static int procs_count = 0;
static int pid_ns = 0;
static const char *user = NULL;
static const char *cwd = NULL;
static int report_open = 0;

static void report(const char *format, ...) {
  if (!report_open) return;
  char buffer[1024];
  va_list args;
  va_start(args, format);
  int length = vsnprintf(buffer, sizeof buffer, format, args);
  va_end(args);
  if (length < 0) return;
  if (length >= (int)sizeof buffer) length = sizeof buffer - 1;
  ssize_t ignored = write(REPORT_FD, buffer, (size_t)length);
  (void)ignored;
}

static void fail_launch(const char *what, int error) {
  report("error %s: %s\n", what, strerror(error));
  exit(1);
}

static int open_log(struct log_file *log) {
  log->fd = open(log->path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
  if (log->fd < 0) return -1;
  struct stat info;
  log->size = fstat(log->fd, &info) == 0 ? (long long)info.st_size : 0;
  return 0;
}

/* PATH.(k-1) -> PATH.k ... PATH -> PATH.1, then a fresh PATH. Old data beyond log_max_files is dropped. */
static void rotate(struct log_file *log) {
  char from[4096], to[4096];
  for (int index = log_max_files; index >= 1; index--) {
    if (index == 1) snprintf(from, sizeof from, "%s", log->path);
    else snprintf(from, sizeof from, "%s.%d", log->path, index - 1);
    snprintf(to, sizeof to, "%s.%d", log->path, index);
    rename(from, to);
  }
  close(log->fd);
  if (open_log(log) != 0) log->fd = -1;
}

/* Writes a chunk, rotating whenever the file reaches the limit, so no file grows past log_max_bytes. */
static void write_log(struct log_file *log, const char *data, ssize_t length) {
  ssize_t offset = 0;
  while (offset < length && log->fd >= 0) {
    ssize_t chunk = length - offset;
    if (log_max_bytes > 0) {
      if (log->size >= log_max_bytes) {
        rotate(log);
        continue;
      }
      if (chunk > log_max_bytes - log->size) chunk = (ssize_t)(log_max_bytes - log->size);
    }
    ssize_t written = write(log->fd, data + offset, (size_t)chunk);
    if (written < 0) {
      if (errno == EINTR) continue;
      return;
    }
    offset += written;
    log->size += written;
  }
}

static void write_status(int wait_status) {
  char temporary[4096], text[256];
  snprintf(temporary, sizeof temporary, "%s.tmp", status_path);
  if (WIFSIGNALED(wait_status)) {
    int signal_number = WTERMSIG(wait_status);
    snprintf(text, sizeof text, "{\"status\":%d,\"exitCode\":null,\"signal\":%d}\n", 128 + signal_number, signal_number);
  } else {
    int code = WEXITSTATUS(wait_status);
    snprintf(text, sizeof text, "{\"status\":%d,\"exitCode\":%d,\"signal\":null}\n", code, code);
  }
  int fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return;
  ssize_t ignored = write(fd, text, strlen(text));
  (void)ignored;
  fsync(fd);
  close(fd);
  rename(temporary, status_path);
}

static void close_inherited_fds(int keep) {
  /* close_range(2) where the kernel has it; otherwise walk the open descriptors. */
#ifdef SYS_close_range
  if (keep < 0) {
    if (syscall(SYS_close_range, 3U, ~0U, 0U) == 0) return;
  } else {
    int ok = 1;
    if (keep > 3 && syscall(SYS_close_range, 3U, (unsigned)keep - 1, 0U) != 0) ok = 0;
    if (ok && syscall(SYS_close_range, (unsigned)keep + 1, ~0U, 0U) == 0) return;
  }
#endif
  long max = sysconf(_SC_OPEN_MAX);
  if (max < 0 || max > 65536) max = 65536;
  for (int fd = 3; fd < max; fd++) {
    if (fd != keep) close(fd);
  }
}

/* In the forked child: join cgroups, namespaces' /proc, descriptors, user; then exec. Never returns. */
static void start_task(char **command, int out_fd, int err_fd, int exec_report_fd, const struct passwd *account) {
  setpgid(0, 0);
  for (int index = 0; index < procs_count; index++) {
    int fd = open(procs[index], O_WRONLY | O_CLOEXEC);
    if (fd < 0 || write(fd, "0", 1) != 1) {
      dprintf(exec_report_fd, "joining cgroup %s: %s", procs[index], strerror(errno));
      _exit(127);
    }
    close(fd);
  }
  if (pid_ns) {
    if (mount("proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL) != 0) {
      dprintf(exec_report_fd, "mounting /proc in the new pid namespace: %s", strerror(errno));
      _exit(127);
    }
  }
  int null_fd = open("/dev/null", O_RDONLY);
  if (null_fd < 0 || dup2(null_fd, 0) < 0 || dup2(out_fd, 1) < 0 || dup2(err_fd, 2) < 0) {
    dprintf(exec_report_fd, "setting up stdio: %s", strerror(errno));
    _exit(127);
  }
  close_inherited_fds(exec_report_fd);
  if (cwd != NULL && chdir(cwd) != 0) {
    dprintf(exec_report_fd, "changing to %s: %s", cwd, strerror(errno));
    _exit(127);
  }
  if (account != NULL) {
    if (initgroups(account->pw_name, account->pw_gid) != 0 || setgid(account->pw_gid) != 0 ||
        setuid(account->pw_uid) != 0) {
      dprintf(exec_report_fd, "switching to user %s: %s", account->pw_name, strerror(errno));
      _exit(127);
    }
    setenv("USER", account->pw_name, 1);
    setenv("LOGNAME", account->pw_name, 1);
    setenv("HOME", account->pw_dir, 1);
  }
  sigset_t none;
  sigemptyset(&none);
  sigprocmask(SIG_SETMASK, &none, NULL);
  signal(SIGPIPE, SIG_DFL);
  signal(SIGHUP, SIG_DFL);
  execvp(command[0], command + 1);
  dprintf(exec_report_fd, "executing %s: %s", command[0], strerror(errno));
  _exit(127);
}

static long long now_ms(void) {
  struct timespec now;
  clock_gettime(CLOCK_MONOTONIC, &now);
  return (long long)now.tv_sec * 1000 + now.tv_nsec / 1000000;
}

int launcher_main(void); /* launcher.c */
int supervisor_main(int argc, char **argv);

int main(int argc, char **argv) {
  if (argc == 2 && strcmp(argv[1], "--launcher") == 0) return launcher_main();
  return supervisor_main(argc, argv);
}

int supervisor_main(int argc, char **argv) {
  int index = 1;
  for (; index < argc; index++) {
    const char *option = argv[index];
    if (strcmp(option, "--") == 0) { index++; break; }
    if (index + 1 >= argc && strcmp(option, "--pid-ns") != 0) {
      fprintf(stderr, "drover-supervisor: %s needs a value\n", option);
      return 2;
    }
    if (strcmp(option, "--stdout") == 0) logs[0].path = argv[++index];
    else if (strcmp(option, "--stderr") == 0) logs[1].path = argv[++index];
    else if (strcmp(option, "--status") == 0) status_path = argv[++index];
    else if (strcmp(option, "--log-max-bytes") == 0) log_max_bytes = atoll(argv[++index]);
    else if (strcmp(option, "--log-max-files") == 0) log_max_files = atoi(argv[++index]);
    else if (strcmp(option, "--user") == 0) user = argv[++index];
    else if (strcmp(option, "--cwd") == 0) cwd = argv[++index];
    else if (strcmp(option, "--pid-ns") == 0) pid_ns = 1;
    else if (strcmp(option, "--procs") == 0) {
      if (procs_count == MAX_PROCS) { fprintf(stderr, "drover-supervisor: too many --procs\n"); return 2; }
      procs[procs_count++] = argv[++index];
    } else {
      fprintf(stderr, "drover-supervisor: unknown option %s\n", option);
      return 2;
    }
  }
  /* FILE ARGV0 [ARG...]: command[0] is the program, command + 1 its argv. */
  if (index + 2 > argc || logs[0].path == NULL || logs[1].path == NULL || status_path == NULL) {
    fprintf(stderr, "usage: drover-supervisor --stdout P --stderr P --status P [options] -- FILE ARGV0 [ARG...]\n");
    return 2;
  }
  if (log_max_files < 1) log_max_files = 1;
  char **command = argv + index;
  report_open = fcntl(REPORT_FD, F_GETFD) != -1;
  if (report_open) fcntl(REPORT_FD, F_SETFD, FD_CLOEXEC);

  setsid();
  signal(SIGHUP, SIG_IGN);
  signal(SIGPIPE, SIG_IGN);

  struct passwd *account = NULL;
  if (user != NULL && user[0] != '\0') {
    errno = 0;
    account = getpwnam(user);
    if (account == NULL) {
      report("error user '%s' does not exist on this agent\n", user);
      return 1;
    }
  }
  for (int which = 0; which < 2; which++) {
    if (open_log(&logs[which]) != 0) fail_launch(logs[which].path, errno);
    if (account != NULL && fchown(logs[which].fd, account->pw_uid, account->pw_gid) != 0) fail_launch("chown log", errno);
  }
  if (account != NULL && cwd != NULL && chown(cwd, account->pw_uid, account->pw_gid) != 0) fail_launch("chown sandbox", errno);

  int out_pipe[2], err_pipe[2], exec_pipe[2];
  if (pipe2(out_pipe, O_CLOEXEC) != 0 || pipe2(err_pipe, O_CLOEXEC) != 0 || pipe2(exec_pipe, O_CLOEXEC) != 0) {
    fail_launch("pipe", errno);
  }
  if (pid_ns) {
    if (unshare(CLONE_NEWPID | CLONE_NEWNS) != 0) fail_launch("unshare(pid, mount namespaces)", errno);
    /* Keep the new /proc (and anything the task mounts) from propagating back to the host. */
    if (mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) != 0) fail_launch("making mounts private", errno);
  }

  sigset_t child_signals;
  sigemptyset(&child_signals);
  sigaddset(&child_signals, SIGCHLD);
  sigprocmask(SIG_BLOCK, &child_signals, NULL);
  int signal_fd = signalfd(-1, &child_signals, SFD_CLOEXEC | SFD_NONBLOCK);
  if (signal_fd < 0) fail_launch("signalfd", errno);

  pid_t child = fork();
  if (child < 0) fail_launch("fork", errno);
  if (child == 0) {
    close(exec_pipe[0]);
    /* The task's stdio must survive exec: clear close-on-exec on the write ends by dup2 in start_task. */
    start_task(command, out_pipe[1], err_pipe[1], exec_pipe[1], account);
  }
  close(out_pipe[1]);
  close(err_pipe[1]);
  close(exec_pipe[1]);

  char buffer[65536];
  ssize_t failure_length = read(exec_pipe[0], buffer, sizeof buffer - 1);
  close(exec_pipe[0]);
  if (failure_length > 0) {
    buffer[failure_length] = '\0';
    report("error %s\n", buffer);
    waitpid(child, NULL, 0);
    return 1;
  }
  report("ok %d\n", (int)child);
  if (report_open) close(REPORT_FD);
  report_open = 0;

  struct pollfd watched[3] = {
    { .fd = out_pipe[0], .events = POLLIN },
    { .fd = err_pipe[0], .events = POLLIN },
    { .fd = signal_fd, .events = POLLIN },
  };
  int exited = 0, wait_status = 0;
  long long exited_at = 0;
  for (;;) {
    if (watched[0].fd < 0 && watched[1].fd < 0 && exited) break;
    int timeout = -1;
    if (exited) {
      long long left = DRAIN_AFTER_EXIT_MS - (now_ms() - exited_at);
      if (left <= 0) break; /* something the task left behind still holds its stdout: stop copying */
      timeout = (int)left;
    }
    int ready = poll(watched, 3, timeout);
    if (ready < 0) {
      if (errno == EINTR) continue;
      break;
    }
    for (int which = 0; which < 2; which++) {
      if (watched[which].fd < 0 || watched[which].revents == 0) continue;
      ssize_t length = read(watched[which].fd, buffer, sizeof buffer);
      if (length > 0) {
        write_log(&logs[which], buffer, length);
      } else if (length == 0 || (errno != EINTR && errno != EAGAIN)) {
        close(watched[which].fd);
        watched[which].fd = -1;
      }
    }
    if (watched[2].revents != 0) {
      struct signalfd_siginfo info;
      while (read(signal_fd, &info, sizeof info) == sizeof info) {}
      if (!exited && waitpid(child, &wait_status, WNOHANG) == child) {
        exited = 1;
        exited_at = now_ms();
      }
    }
  }
  if (!exited) waitpid(child, &wait_status, 0);
  write_status(wait_status);
  return 0;
}

/*
 * Run a command and print the processor time it used (user + system
 * seconds, to the microsecond, from wait4's rusage) and the wall time, for
 * bench/run.sh to time the whole `edgeviz --batch` process as it times the
 * other contenders: by processor time, which others on a shared machine do
 * not inflate. The command's standard output goes to /dev/null.
 *
 *	cputime COMMAND [ARG...]
 *
 * prints "cpu_seconds=S wall_seconds=W" and exits with the command's status.
 */
#include "config.h"

#include <fcntl.h>
#include <stdio.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double
wall_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static double
seconds_of(struct timeval tv)
{
	return (double)tv.tv_sec + (double)tv.tv_usec * 1e-6;
}

int
main(int argc, char **argv)
{
	struct rusage usage;
	double start;
	pid_t pid;
	int status;

	if (argc < 2) {
		fprintf(stderr, "usage: cputime COMMAND [ARG...]\n");
		return 2;
	}
	start = wall_now();
	pid = fork();
	if (pid < 0) {
		perror("cputime: fork");
		return 1;
	}
	if (pid == 0) {
		int null = open("/dev/null", O_WRONLY);
		if (null < 0 || dup2(null, STDOUT_FILENO) < 0)
			_exit(127);
		execvp(argv[1], argv + 1);
		perror("cputime: exec");
		_exit(127);
	}
	if (wait4(pid, &status, 0, &usage) != pid) {
		perror("cputime: wait4");
		return 1;
	}
	printf("cpu_seconds=%.6f wall_seconds=%.6f\n", seconds_of(usage.ru_utime) + seconds_of(usage.ru_stime),
	       wall_now() - start);
	return WIFEXITED(status) ? WEXITSTATUS(status) : 1;
}

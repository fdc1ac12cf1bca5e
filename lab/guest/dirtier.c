/*
 * vmmig lab guest workload: keeps a writable working set dirty at a set rate, so that a live migration
 * of the guest has a known amount of memory to re-send. Runs as the guest's only program (started by
 * the initramfs's /init), configured from the kernel command line:
 *
 *   vmmig.wss=MiB     writable working set: the pages that are rewritten, in order, round and round (16)
 *   vmmig.rate=MiB/s  how fast pages of the working set are dirtied (0: idle)
 *   vmmig.fill=MiB    memory written once with non-zero data and then left alone (0); the rest of guest
 *                     memory stays zero pages, so fill sets the share of zero pages a migration sees
 *   vmmig.pace=wall|cpu
 *                     wall: dirty at a wall-clock pace, catching up after the vCPU was stopped (a
 *                     streaming writer; auto-converge's throttling does not slow it); cpu: time the vCPU
 *                     did not run is lost, so dirtying scales with the CPU time the guest gets (what
 *                     vmmig's auto-converge model assumes)
 *   vmmig.report=ms   how often the achieved rate is reported (1000)
 *
 * Every page is dirtied by writing one 8-byte counter into it (a new value each time, so the page is
 * never a zero page and its content really changes). The program reports on the console, one line each:
 *   vmmig-guest: ready wss=<bytes> fill=<bytes> rate=<bytes/s> pace=<wall|cpu>
 *   vmmig-guest: t=<s> dirtied=<pages> rate=<bytes/s>      (pages dirtied and the rate achieved since the last line)
 * The host side reads these lines to know what the guest really did (docs/lab.md).
 */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#define PAGE 4096UL
#define MIB (1024UL * 1024UL)
/* the loop wakes up every millisecond and dirties the pages it owes since the last wake-up */
#define TICK_NS 1000000L
/* cpu pace: a gap longer than this between wake-ups is time the vCPU was stopped, and is not made up */
#define CPU_PACE_MAX_GAP_NS (2 * TICK_NS)

static double now_seconds(void) {
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* The value of "vmmig.NAME=" on the kernel command line, or the fallback. */
static const char *option(const char *cmdline, const char *name, const char *fallback) {
	static char value[64];
	char key[64];
	snprintf(key, sizeof key, "vmmig.%s=", name);
	const char *at = cmdline;
	while ((at = strstr(at, key)) != NULL) {
		if (at == cmdline || at[-1] == ' ') {
			at += strlen(key);
			size_t n = strcspn(at, " \n");
			if (n >= sizeof value) n = sizeof value - 1;
			memcpy(value, at, n);
			value[n] = 0;
			return value;
		}
		at += strlen(key);
	}
	return fallback;
}

static void *pages(unsigned long bytes) {
	if (bytes == 0) return NULL;
	void *memory = mmap(NULL, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);
	if (memory == MAP_FAILED) {
		printf("vmmig-guest: error: cannot map %lu MiB (is the guest's memory large enough?)\n", bytes / MIB);
		fflush(stdout);
		for (;;) pause();
	}
	return memory;
}

int main(void) {
	char cmdline[4096] = "";
	FILE *file = fopen("/proc/cmdline", "r");
	if (file) {
		if (!fgets(cmdline, sizeof cmdline, file)) cmdline[0] = 0;
		fclose(file);
	}
	unsigned long wss = (unsigned long)(atof(option(cmdline, "wss", "16")) * MIB) / PAGE * PAGE;
	unsigned long fill = (unsigned long)(atof(option(cmdline, "fill", "0")) * MIB) / PAGE * PAGE;
	double rate = atof(option(cmdline, "rate", "0")) * MIB;
	int cpu_pace = strcmp(option(cmdline, "pace", "wall"), "cpu") == 0;
	double report = atof(option(cmdline, "report", "1000")) / 1000;
	if (wss < PAGE) wss = PAGE;
	if (report <= 0) report = 1;

	/* non-zero data that stays put: an xorshift stream, so no two pages are equal and none is zero */
	uint64_t *filled = pages(fill);
	uint64_t x = 88172645463325252ULL;
	for (unsigned long i = 0; i < fill / 8; i++) {
		x ^= x << 13; x ^= x >> 7; x ^= x << 17;
		filled[i] = x | 1;
	}
	/* the working set starts non-zero too: the first copy sends it as normal pages */
	uint64_t *set = pages(wss);
	unsigned long set_pages = wss / PAGE;
	for (unsigned long i = 0; i < wss / 8; i++) set[i] = i | 1;

	printf("vmmig-guest: ready wss=%lu fill=%lu rate=%.0f pace=%s\n", wss, fill, rate, cpu_pace ? "cpu" : "wall");
	fflush(stdout);

	double pages_per_second = rate / PAGE;
	double owed = 0;
	unsigned long cursor = 0, counter = 1, dirtied = 0;
	double start = now_seconds(), last = start, last_report = start;
	struct timespec tick = { 0, TICK_NS };
	for (;;) {
		double now = now_seconds();
		double gap = now - last;
		if (cpu_pace && gap > CPU_PACE_MAX_GAP_NS / 1e9) gap = CPU_PACE_MAX_GAP_NS / 1e9;
		last = now;
		owed += gap * pages_per_second;
		while (owed >= 1) {
			/* one word per page, at a moving offset, with a new value: the page is dirty and changed */
			set[cursor * (PAGE / 8) + (counter % (PAGE / 8))] = counter;
			counter++;
			if (++cursor == set_pages) cursor = 0;
			owed -= 1;
			dirtied++;
		}
		if (now - last_report >= report) {
			printf("vmmig-guest: t=%.3f dirtied=%lu rate=%.0f\n", now - start, dirtied,
					dirtied * (double)PAGE / (now - last_report));
			fflush(stdout);
			dirtied = 0;
			last_report = now;
		}
		nanosleep(&tick, NULL);
	}
}

// The server's peak memory during a bench run (issue 16): the kernel's own high-water mark of the
// process's resident set (VmHWM in /proc/<pid>/status), and VmRSS sampled twice a second as a check
// (and where VmHWM is missing). Linux only; elsewhere it reports nothing.
import { readFileSync } from "node:fs";

function statusKb(pid, field) {
  try {
    const line = readFileSync(`/proc/${pid}/status`, "utf8")
      .split("\n")
      .find((entry) => entry.startsWith(`${field}:`));
    return line ? Number(line.split(/\s+/)[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** Starts sampling; `read()` gives the peak so far in MB (undefined when /proc cannot be read). */
export function samplePeakMemory(pid) {
  let sampledKb = 0;
  const sample = () => {
    sampledKb = Math.max(sampledKb, statusKb(pid, "VmRSS") ?? 0);
  };
  sample();
  const timer = setInterval(sample, 500);
  timer.unref();
  return {
    read() {
      sample();
      const peakKb = Math.max(statusKb(pid, "VmHWM") ?? 0, sampledKb);
      return peakKb > 0 ? Math.round(peakKb / 1024) : undefined;
    },
    stop() {
      clearInterval(timer);
    },
  };
}

// /proc/cpuinfo and /proc/meminfo of the guide's host: two 3 GHz cores, 8 GiB.

#include "SimCommands.h"

namespace ftc::sim {

QByteArray cpuinfo(const SimState &s)
{
    QByteArray out;
    const QByteArray mhz = QByteArray::number(s.mhz) + ".000";
    const QByteArray bogo = QByteArray::number(s.mhz * 2) + ".00";
    for (int i = 0; i < s.cpus; ++i) {
        const QByteArray n = QByteArray::number(i);
        out += "processor\t: " + n + "\nvendor_id\t: GenuineIntel\ncpu family\t: 6\nmodel\t\t: 15\n"
               "model name\t: Intel(R) Xeon(R) CPU            5160  @ 3.00GHz\nstepping\t: 6\n"
               "microcode\t: 0xd2\ncpu MHz\t\t: " + mhz + "\ncache size\t: 4096 KB\nphysical id\t: 0\n"
               "siblings\t: " + QByteArray::number(s.cpus) + "\ncore id\t\t: " + n + "\ncpu cores\t: "
            + QByteArray::number(s.cpus) + "\napicid\t\t: " + n + "\ninitial apicid\t: " + n
            + "\nfpu\t\t: yes\nfpu_exception\t: yes\ncpuid level\t: 10\nwp\t\t: yes\n"
              "flags\t\t: fpu vme de pse tsc msr pae mce cx8 apic sep mtrr pge mca cmov pat pse36 clflush dts "
              "acpi mmx fxsr sse sse2 ss ht tm pbe syscall nx lm constant_tsc arch_perfmon pebs bts rep_good "
              "nopl cpuid aperfmperf pni dtes64 monitor ds_cpl vmx est tm2 ssse3 cx16 xtpr pdcm dca lahf_lm "
              "pti tpr_shadow dtherm\n"
              "vmx flags\t: tsc_offset vtpr\n"
              "bugs\t\t: cpu_meltdown spectre_v1 spectre_v2 spec_store_bypass l1tf mds swapgs itlb_multihit "
              "mmio_unknown\nbogomips\t: " + bogo + "\nclflush size\t: 64\ncache_alignment\t: 64\n"
              "address sizes\t: 36 bits physical, 48 bits virtual\npower management:\n\n";
    }
    return out;
}

QByteArray meminfo(const SimState &s)
{
    qint64 vmKiB = 0;
    for (const SimVm &v : s.vms)
        if (v.running)
            vmKiB += v.memKiB;
    const qint64 total = s.memKiB;
    const qint64 hostUsed = 612 * 1024;
    const qint64 cached = 1536 * 1024;
    const qint64 free = qMax<qint64>(0, total - vmKiB - hostUsed - cached);
    const qint64 available = qMax<qint64>(0, free + cached * 8 / 10);
    // The kernel pads labels to 16 columns and values to 8; longer labels get 5.
    const auto row = [](const char *k, qint64 v, bool kb = true) {
        const QByteArray label = QByteArray(k) + ':';
        const QByteArray value = QByteArray::number(v);
        const QByteArray line = label.size() < 16 ? label.leftJustified(16) + value.rightJustified(8)
                                                  : label + ' ' + value.rightJustified(5);
        return line + (kb ? " kB\n" : "\n");
    };
    QByteArray out;
    out += row("MemTotal", total);
    out += row("MemFree", free);
    out += row("MemAvailable", available);
    out += row("Buffers", 98304);
    out += row("Cached", cached);
    out += row("SwapCached", 0);
    out += row("Active", vmKiB + 420000);
    out += row("Inactive", 1200000);
    out += row("Active(anon)", vmKiB + 180000);
    out += row("Inactive(anon)", 20480);
    out += row("Active(file)", 240000);
    out += row("Inactive(file)", 1179520);
    out += row("Unevictable", 0);
    out += row("Mlocked", 0);
    out += row("SwapTotal", 0);
    out += row("SwapFree", 0);
    out += row("Zswap", 0);
    out += row("Zswapped", 0);
    out += row("Dirty", 268);
    out += row("Writeback", 0);
    out += row("AnonPages", vmKiB + 190000);
    out += row("Mapped", 96000);
    out += row("Shmem", 2048);
    out += row("KReclaimable", 60000);
    out += row("Slab", 120000);
    out += row("SReclaimable", 60000);
    out += row("SUnreclaim", 60000);
    out += row("KernelStack", 4200);
    out += row("PageTables", 9800);
    out += row("SecPageTables", 0);
    out += row("NFS_Unstable", 0);
    out += row("Bounce", 0);
    out += row("WritebackTmp", 0);
    out += row("CommitLimit", total / 2);
    out += row("Committed_AS", vmKiB + 900000);
    out += row("VmallocTotal", 34359738367LL);
    out += row("VmallocUsed", 40000);
    out += row("VmallocChunk", 0);
    out += row("Percpu", 1600);
    out += row("HardwareCorrupted", 0);
    out += row("AnonHugePages", vmKiB / 2);
    out += row("ShmemHugePages", 0);
    out += row("ShmemPmdMapped", 0);
    out += row("FileHugePages", 0);
    out += row("FilePmdMapped", 0);
    out += row("HugePages_Total", 0, false);
    out += row("HugePages_Free", 0, false);
    out += row("HugePages_Rsvd", 0, false);
    out += row("HugePages_Surp", 0, false);
    out += row("Hugepagesize", 2048);
    out += row("Hugetlb", 0);
    out += row("DirectMap4k", 180000);
    out += row("DirectMap2M", total - 180000);
    return out;
}

} // namespace ftc::sim

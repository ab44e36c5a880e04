#!/usr/bin/env bash
# Builds the lab guest once per recipe: a small Debian bookworm with md and bonding
# that the lab tests boot under qemu and reach over SSH (see tests/lab/README.md).
#
#   build-image.sh [CACHE_ROOT [STACK]]   default /var/cache/ftconsole-lab ifupdown
#
# STACK is the network stack the guest runs: "ifupdown" (Debian's default for a
# server, with ifenslave and bridge-utils for bonds and bridges) or
# "networkmanager" (NetworkManager manages every adapter; eth0 has a DHCP
# connection, the others none, as on a freshly installed host).
#
# The image lands in CACHE_ROOT/<hash>, where <hash> is taken from this script's own
# text: changing the recipe builds a new image, an unchanged one is reused by every
# checkout and CI run on the machine. The image directory is printed as the last
# line of stdout; chatter goes to stderr and CACHE_ROOT/<hash>.log.
#
# Environment: FT_LAB_MIRROR overrides the Debian mirror taken from apt's sources.
set -euo pipefail

die() { echo "build-image.sh: $*" >&2; exit 1; }

self="$(readlink -f "$0")"
cache_root="${1:-/var/cache/ftconsole-lab}"
stack="${2:-ifupdown}"
case "$stack" in
  # sosreport: the lab's real sosreport (tst_lab_sos).
  ifupdown) extra=ifenslave,bridge-utils,sosreport ;;
  networkmanager) extra=ifenslave,bridge-utils ;;
  *) die "unknown network stack '$stack': use ifupdown or networkmanager" ;;
esac
hash="$( (cat "$self"; echo "$stack") | sha256sum | cut -c1-16)"
out="$cache_root/$hash"

# A built image needs nothing but reading, so any account may use it.
if [ -f "$out/READY" ]; then
  echo "$out"
  exit 0
fi

# debootstrap and a root-owned file tree need root; a CI account usually has
# password-less sudo, a person at a desk may not, and then this says so.
if [ "$(id -u)" != 0 ]; then
  if sudo -n true 2>/dev/null; then
    exec sudo -n --preserve-env=FT_LAB_MIRROR -- "$self" "$cache_root" "$stack"
  fi
  die "building the lab image needs root (debootstrap); run as root or with password-less sudo"
fi

missing=()
for tool in debootstrap:debootstrap qemu-img:qemu-utils mkfs.ext4:e2fsprogs \
            ssh-keygen:openssh-client wget:wget flock:util-linux sha256sum:coreutils; do
  command -v "${tool%%:*}" >/dev/null 2>&1 || missing+=("${tool#*:}")
done
[ ${#missing[@]} -eq 0 ] || die "missing packages: ${missing[*]} (apt-get install ${missing[*]})"

mkdir -p "$cache_root" || die "cannot create the cache directory $cache_root"

# Two test runs starting at once must not both debootstrap into the same place.
exec 9>"$cache_root/$hash.lock"
flock -w 1800 9 || die "another build of $out held the lock for 30 minutes"

# Whoever held the lock may just have built it.
if [ -f "$out/READY" ]; then
  echo "$out"
  exit 0
fi

# The mirror apt already uses: the machine is known to reach it, and a snapshot
# mirror there keeps the guest's packages as reproducible as the host's.
apt_mirror() {
  local f
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] || continue
    awk 'BEGIN { RS = ""; FS = "\n" }
         {
           uris = ""; suites = ""; types = ""
           for (i = 1; i <= NF; i++) {
             if ($i ~ /^URIs:/)   { uris = $i;   sub(/^URIs:[ \t]*/, "", uris) }
             if ($i ~ /^Suites:/) { suites = $i; sub(/^Suites:[ \t]*/, "", suites) }
             if ($i ~ /^Types:/)  { types = $i }
           }
           if (types ~ /(^|[ \t])deb([ \t]|$)/ && (" " suites " ") ~ / bookworm /) {
             split(uris, u, /[ \t]+/); print u[1]; exit
           }
         }' "$f"
  done
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [ -f "$f" ] || continue
    sed -n -E 's/^deb[ \t]+(\[[^]]*\][ \t]+)?([^ \t]+)[ \t]+bookworm[ \t].*/\2/p' "$f"
  done
}
mirror="${FT_LAB_MIRROR:-$(apt_mirror | head -n1)}"
[ -n "$mirror" ] || die "no Debian bookworm mirror in apt's sources; set FT_LAB_MIRROR=http://deb.debian.org/debian"
wget -q -T 20 -t 2 -O /dev/null "${mirror%/}/dists/bookworm/Release" \
  || die "cannot reach the Debian mirror ${mirror%/}/dists/bookworm/Release (no network?)"

work="$cache_root/$hash.build"
log="$cache_root/$hash.log"
root="$work/root"

# debootstrap mounts /proc and /sys inside the tree; removing a half-built tree
# while they are mounted would reach into the host's.
unmount_under() {
  local m
  awk -v p="$1/" 'index($2, p) == 1 { print $2 }' /proc/mounts | sort -r | while read -r m; do
    umount -l "$m" 2>/dev/null || true
  done
}
cleanup() {
  local rc=$?
  if [ $rc -ne 0 ]; then
    echo "build-image.sh: build failed (exit $rc); last lines of $log:" >&2
    tail -n 30 "$log" >&2 || true
  fi
  unmount_under "$work"
  rm -rf "$work"
}
trap cleanup EXIT

unmount_under "$work"
rm -rf "$work"
mkdir -p "$work"
: >"$log"
echo "build-image.sh: building $out from $mirror (about 5 minutes; log: $log)" >&2
started=$(date +%s)

debootstrap --variant=minbase \
  --include=linux-image-amd64,openssh-server,mdadm,iproute2,systemd-sysv,udev,ifupdown,kmod,dbus,procps,ethtool,iputils-ping,isc-dhcp-client,"$extra" \
  bookworm "$root" "$mirror" >>"$log" 2>&1 \
  || die "debootstrap failed"

# NetworkManager's polkitd cannot be configured in debootstrap's own pass (its
# maintainer scripts want a finished system): apt installs it afterwards, in
# the finished tree, with services kept from starting.
if [ "$stack" = networkmanager ]; then
  printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
  chmod 755 "$root/usr/sbin/policy-rc.d"
  mount -t proc proc "$root/proc"
  DEBIAN_FRONTEND=noninteractive chroot "$root" apt-get install -y --no-install-recommends network-manager \
    >>"$log" 2>&1 || die "installing network-manager in the guest failed"
  umount "$root/proc"
  rm -f "$root/usr/sbin/policy-rc.d"
fi

ssh-keygen -q -t ed25519 -N '' -C ftconsole-lab -f "$work/id_ed25519"
install -d -m 700 "$root/root/.ssh"
install -m 600 "$work/id_ed25519.pub" "$root/root/.ssh/authorized_keys"

echo '/dev/vda / ext4 defaults 0 1' >"$root/etc/fstab"
echo ftlab >"$root/etc/hostname"
printf '127.0.0.1 localhost\n127.0.1.1 ftlab\n' >"$root/etc/hosts"
if [ "$stack" = networkmanager ]; then
  # NetworkManager leaves adapters named in /etc/network/interfaces to ifupdown:
  # here it has them all. Only eth0 (the SSH path) gets a connection; the
  # others wait unconfigured instead of each taking its own DHCP address.
  printf 'auto lo\niface lo inet loopback\n' >"$root/etc/network/interfaces"
  install -d "$root/etc/NetworkManager/conf.d" "$root/etc/NetworkManager/system-connections"
  printf '[main]\nno-auto-default=*\n' >"$root/etc/NetworkManager/conf.d/90-lab.conf"
  install -m 600 /dev/stdin "$root/etc/NetworkManager/system-connections/lab-eth0.nmconnection" <<'EOF'
[connection]
id=lab-eth0
type=ethernet
interface-name=eth0

[ipv4]
method=auto

[ipv6]
method=auto
EOF
else
  cat >"$root/etc/network/interfaces" <<'EOF'
auto lo
iface lo inet loopback

allow-hotplug eth0
iface eth0 inet dhcp
EOF
fi

# ifupdown-pre waits for udev to settle before sshd may start; the timers and
# mdmonitor would only add load or mail to an emulated CPU during a test.
for unit in ifupdown-pre.service apt-daily.timer apt-daily-upgrade.timer fstrim.timer \
            e2scrub_all.timer e2scrub_reap.service getty@tty1.service mdmonitor.service \
            mdmonitor-oneshot.timer mdcheck_start.timer mdcheck_continue.timer; do
  ln -sf /dev/null "$root/etc/systemd/system/$unit"
done
rm -f "$root"/var/cache/apt/archives/*.deb "$root"/var/cache/apt/*.bin

kernel="$(ls "$root"/boot/vmlinuz-* 2>/dev/null | sort -V | tail -n1 || true)"
initrd="$(ls "$root"/boot/initrd.img-* 2>/dev/null | sort -V | tail -n1 || true)"
[ -f "$kernel" ] && [ -f "$initrd" ] || die "no kernel or initrd in $root/boot"
cp "$kernel" "$work/vmlinuz"
cp "$initrd" "$work/initrd.img"

unmount_under "$root"
truncate -s 2G "$work/root.raw"
mkfs.ext4 -q -F -L root -d "$root" "$work/root.raw" >>"$log" 2>&1 || die "mkfs.ext4 -d failed"
qemu-img convert -f raw -O qcow2 "$work/root.raw" "$work/base.qcow2" >>"$log" 2>&1 \
  || die "qemu-img convert failed"
rm -rf "$root" "$work/root.raw"

# The tests run as whoever called us; the key must be theirs to read.
if [ -n "${SUDO_UID:-}" ]; then
  chown "$SUDO_UID:${SUDO_GID:-$SUDO_UID}" "$work/id_ed25519" "$work/id_ed25519.pub"
fi
chmod 644 "$work/base.qcow2" "$work/vmlinuz" "$work/initrd.img"
echo "recipe $hash built $(date -u +%FT%TZ) in $(( $(date +%s) - started )) s from $mirror" >"$work/READY"

rm -rf "$out"
mv "$work" "$out"
echo "build-image.sh: done in $(( $(date +%s) - started )) s" >&2
echo "$out"

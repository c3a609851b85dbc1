#!/usr/bin/env bash
# Starts a private desktop session with the Orca screen reader, for the screen-reader journeys
# (ScreenReaderJourneysIT). Usage: start-orca.sh <work dir>. Writes <work dir>/env (DISPLAY, D-Bus and AT-SPI
# addresses for Chromium), <work dir>/speech.log (one line per utterance: SPEECH OUTPUT: '…') and
# <work dir>/pids (to stop it: kill $(cat <work dir>/pids)). Needs the Debian packages listed in
# accessibility-audit/README.md (.ci/run installs them). Facts behind each step: ../../../shared/PLATFORM.md.
set -euo pipefail
work="$(mkdir -p "$1" && cd "$1" && pwd)"
export HOME="$work/home" XDG_RUNTIME_DIR="$work/run" XDG_CONFIG_HOME="$work/home/.config" \
  XDG_DATA_HOME="$work/home/.local/share" XDG_CACHE_HOME="$work/home/.cache"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" "$XDG_CONFIG_HOME/speech-dispatcher" "$XDG_DATA_HOME" && chmod 700 "$XDG_RUNTIME_DIR"
: > "$work/pids"

# No sound card here: without an ALSA null device speech-dispatcher blocks and Orca hangs after its first words.
printf 'pcm.!default { type null }\nctl.!default { type hw card 0 }\n' > "$HOME/.asoundrc"
cat > "$XDG_CONFIG_HOME/speech-dispatcher/speechd.conf" <<'CONF'
AudioOutputMethod "alsa"
DefaultModule espeak-ng
AddModule "espeak-ng" "sd_espeak-ng" "espeak-ng.conf"
LogLevel 1
CONF

# Orca's preferences, and a customisation that writes every utterance to speech.log as it is spoken (Orca's own
# debug file is block-buffered).
prefs="$work/orca-prefs"
mkdir -p "$prefs"
cat > "$prefs/orca-customizations.py" <<PY
import logging
class _Flushing(logging.FileHandler):
    def emit(self, record):
        super().emit(record)
        self.flush()
_handler = _Flushing("$work/speech.log")
_handler.setFormatter(logging.Formatter("%(message)s"))
logging.getLogger("speech").addHandler(_handler)
PY
: > "$work/speech.log"

display=":$(( 90 + RANDOM % 100 ))"
Xvfb "$display" -screen 0 1280x1024x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
echo $! >> "$work/pids"
export DISPLAY="$display"
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done

eval "$(dbus-launch --sh-syntax)"
echo "$DBUS_SESSION_BUS_PID" >> "$work/pids"
/usr/libexec/at-spi-bus-launcher --launch-immediately >"$work/at-spi.log" 2>&1 &
echo $! >> "$work/pids"
sleep 1
gsettings set org.gnome.desktop.interface toolkit-accessibility true >/dev/null 2>&1 || true

orca --replace -u "$prefs" >"$work/orca.log" 2>&1 &
echo $! >> "$work/pids"
for _ in $(seq 150); do
  grep -q "Screen reader on" "$work/speech.log" 2>/dev/null && break
  sleep 0.2
done
if ! grep -q "Screen reader on" "$work/speech.log"; then
  echo "start-orca: Orca did not say 'Screen reader on.' (see $work/orca.log)" >&2
  kill $(cat "$work/pids") 2>/dev/null || true
  exit 1
fi
cat > "$work/env" <<ENV
DISPLAY=$DISPLAY
DBUS_SESSION_BUS_ADDRESS=$DBUS_SESSION_BUS_ADDRESS
HOME=$HOME
XDG_RUNTIME_DIR=$XDG_RUNTIME_DIR
XDG_CONFIG_HOME=$XDG_CONFIG_HOME
ENV
echo "start-orca: Orca is on (display $DISPLAY)"

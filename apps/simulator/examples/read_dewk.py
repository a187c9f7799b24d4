"""Reads a Fluke/Hart 1620A "DewK" thermo-hygrometer over its raw TCP socket with PyVISA.

Written for the real device (port 10001, newline-terminated commands); the FactoryOps simulator
answers it unchanged. Prints one JSON object: identity, clock, channel names and one reading per
channel.

    python3 read_dewk.py HOST [PORT]

Needs PyVISA and the pure-Python backend (Debian: python3-pyvisa python3-pyvisa-py).
"""

import json
import sys
import time

import pyvisa


def main() -> None:
    host = sys.argv[1]
    port = int(sys.argv[2]) if len(sys.argv) > 2 else 10001
    resources = pyvisa.ResourceManager("@py")
    dewk = resources.open_resource(f"TCPIP::{host}::{port}::SOCKET")
    dewk.read_termination = "\n"
    dewk.write_termination = "\n"
    dewk.timeout = 2000

    def ask(command: str) -> str:
        return dewk.query(command).strip()

    manufacturer, model, serial, firmware = ask("*IDN?").split(",")
    clock = {"date": ask("SYST:DATE?"), "time": ask("SYST:TIME?")}
    dewk.write("FORM:TDST:STAT 1")
    names = [ask(f"SENS{channel}:IDEN?").strip('"') for channel in (1, 2)]

    readings = []
    for channel in (1, 2):
        for _attempt in range(20):
            fields = ask(f"READ? {channel}").split(",")
            if fields[0] == "1":
                break
            time.sleep(0.25)  # state 0: no new reading yet
        readings.append(
            {
                "channel": int(fields[1]),
                "temperature": float(fields[2]),
                "temperatureUnit": fields[3],
                "humidity": float(fields[4]),
                "humidityUnit": fields[5],
                "time": "{:04d}-{:02d}-{:02d}T{:02d}:{:02d}:{:02d}".format(*map(int, fields[6:12])),
            }
        )
    dewk.close()
    print(
        json.dumps(
            {
                "identity": {"manufacturer": manufacturer, "model": model, "serial": serial, "firmware": firmware},
                "clock": clock,
                "channels": names,
                "readings": readings,
            }
        )
    )


if __name__ == "__main__":
    main()

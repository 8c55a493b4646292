@echo off
rem The kiosk's technician CLI on Windows: runs the installed kiosk binary as the CLI (--kiosk-cli).
rem Its output goes through a pipe, since the kiosk binary is a windowed program.
"%~dp0..\..\commune-kiosk.exe" --kiosk-cli %* | more

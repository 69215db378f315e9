#!/usr/bin/python3
"""Baseline face detector: OpenCV's Haar cascade (Debian python3-opencv + opencv-data).

Usage: /usr/bin/python3 scripts/baselines/haar.py IMAGE...
Prints one JSON object per image: {"file", "faces": [[x, y, w, h], ...], "ms"}.
Settings are the ones OpenCV's own tutorial uses: scaleFactor 1.1, minNeighbors 5,
minSize 30 px, on the equalised grey image.
"""
import json
import sys
import time

import cv2

CASCADE = "/usr/share/opencv4/haarcascades/haarcascade_frontalface_default.xml"


def main(paths):
    cascade = cv2.CascadeClassifier(CASCADE)
    if cascade.empty():
        sys.exit(f"cannot load {CASCADE} (install opencv-data)")
    for path in paths:
        started = time.perf_counter()
        image = cv2.imread(path, cv2.IMREAD_COLOR)
        if image is None:
            print(json.dumps({"file": path, "error": "unreadable"}), flush=True)
            continue
        grey = cv2.equalizeHist(cv2.cvtColor(image, cv2.COLOR_BGR2GRAY))
        found = cascade.detectMultiScale(grey, scaleFactor=1.1, minNeighbors=5, minSize=(30, 30))
        faces = [[int(v) for v in f] for f in found]
        ms = (time.perf_counter() - started) * 1000
        print(json.dumps({"file": path, "faces": faces, "ms": round(ms, 1)}), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])

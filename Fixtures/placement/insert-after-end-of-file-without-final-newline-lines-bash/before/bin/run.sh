#!/bin/sh
echo start
# The app as an image, for docker-compose.yml (see README, Scaling out). Not built or run by CI here.
FROM node:20-bookworm
WORKDIR /app
# Portable hnswlib build: the image may run on another CPU than the one that built it.
ENV HNSWLIB_PORTABLE=1 NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
COPY scripts/tune-hnswlib.mjs scripts/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx next build
ENV HOST=0.0.0.0 PORT=3000
EXPOSE 3000
CMD ["node", "--import", "tsx", "scripts/serve.ts"]

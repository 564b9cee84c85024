#!/usr/bin/env python3
# The blog-size grokking question (specs-gpu/local-volume-training-blog.yaml) as a plain PyTorch program on a GPU;
# Redshift's own GPU path needs a CUDA libtorch 2.7.1 the lent machine does not have, so these are the task's
# figures on the device, not Redshift's. Same definitions as task modadd and the grokked measure: modadd N 53,
# e 36, h 48, depth 1, every weight and bias U(±1/sqrt(fan_in)); all N² pairs, label (a + b) mod N, a random FR of
# them per run train; full-batch torch.optim.AdamW (lr LR, weight decay 1), R runs per activation as one batched
# program; accuracies every 10 steps; grokked = test accuracy ≥ 0.9 at or after the first checkpoint with training
# accuracy 1. Prints per activation the runs that grokked and their steps, then gelu − relu with a normal 95%
# interval (descriptive). Written compactly because it travelled to the device inside a 2,000-character command.
#   python3 bench/gpu/modadd_grok_gpu.py R STEPS LR FR     (outputs: bench/gpu/modadd_grok_gpu*.h200.txt)
import math,sys,time,torch
R,S,LR,FR=int(sys.argv[1]),int(sys.argv[2]),float(sys.argv[3]),float(sys.argv[4]);N,E,H=53,36,48;D=torch.device('cuda')
def u(g,s,f):return((torch.rand(s,generator=g)*2-1)/math.sqrt(f)).to(D).requires_grad_()
def run(act,seed):
 g=torch.Generator().manual_seed(seed)
 P=[u(g,(R,N,E),N),u(g,(R,N,E),N),u(g,(R,E,H),E),u(g,(R,E,H),E),u(g,(R,H,H),H),u(g,(R,1,H),H),u(g,(R,H,N),H),u(g,(R,1,N),H)]
 f=torch.relu if act=='relu' else torch.nn.functional.gelu
 M=N*N;a=torch.arange(M)//N;b=torch.arange(M)%N;y=((a+b)%N).to(D);T=round(FR*M)
 p=torch.stack([torch.randperm(M,generator=g) for _ in range(R)]).to(D);tr,te=p[:,:T],p[:,T:]
 A=torch.nn.functional.one_hot(a,N).float().to(D);B=torch.nn.functional.one_hot(b,N).float().to(D)
 def L(q):
  el,er,wl,wr,w1,c1,U,bu=q;h=f(A@(el@wl)+B@(er@wr));h=f(h@w1+c1);return h@U+bu
 o=torch.optim.AdamW(P,lr=LR,weight_decay=1.0);fit=torch.zeros(R,dtype=torch.bool,device=D);at=torch.full((R,),-1,device=D);yt=y[tr];t0=time.time()
 for s in range(S+1):
  if s%10==0 or s==S:
   with torch.no_grad():
    r=(L(P).argmax(-1)==y).float();atr=torch.gather(r,1,tr).mean(1);ate=torch.gather(r,1,te).mean(1);fit|=atr>=1;n=fit&(ate>=0.9)&(at<0);at[n]=s
  if s==S:break
  z=torch.gather(L(P),1,tr.unsqueeze(-1).expand(-1,-1,N))
  l=torch.nn.functional.cross_entropy(z.reshape(-1,N),yt.reshape(-1),reduction='none').view(R,T).mean(1).sum()
  o.zero_grad();l.backward();o.step()
 torch.cuda.synchronize();k=at.cpu();return (k>=0).sum().item(),sorted(k[k>=0].tolist()),ate.mean().item(),fit.sum().item(),time.time()-t0
print(R,S,LR,FR,torch.cuda.get_device_name(),torch.__version__);c={}
for act,sd in(('relu',1),('gelu',2)):
 k,st,te_,fi,sec=run(act,sd);c[act]=k;print(act,k,'of',R,'grokked at',st,'fitted',fi,'test',round(te_,3),'s',round(sec,1),flush=True)
pg,pr=c['gelu']/R,c['relu']/R;se=math.sqrt(pg*(1-pg)/R+pr*(1-pr)/R);print('gelu-relu',pg-pr,pg-pr-1.96*se,pg-pr+1.96*se)
